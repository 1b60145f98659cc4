-- The manual-review queue (线下核验): escalated when a department stays down, decided by district staff.
alter table verification add column escalated_at timestamptz;
alter table verification add column decided_by varchar(100);
create index verification_review_queue on verification (district_code)
    where status = 'MANUAL_REVIEW' or (status = 'PENDING' and escalated_at is not null);
