-- Where a compound or road stretch lies (WGS84), optional: gives a matched address a position, e.g.
-- for distances to schools in the admission run. Rules imported before stay without one.
alter table zone_address_rule add column lon double precision;
alter table zone_address_rule add column lat double precision;
