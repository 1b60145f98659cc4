-- Where the address that decided the zone lies (WGS-84, as catchment placed it: the matched address
-- rule's position, a compound or road stretch — not the family's door). Published on
-- VerificationCompleted v2 for admission's distance-based overall arrangement; null when unknown.
alter table verification add column home_lon double precision;
alter table verification add column home_lat double precision;
