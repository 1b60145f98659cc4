-- The zone of the verified address and the flags district staff must weigh.
alter table verification add column zone_code varchar(30);
alter table verification add column zone_school_codes text not null default '';
alter table verification add column flags text not null default '';

-- Verification's own copy of catchment's seat warnings (from catchment.seat-warnings.v1).
create table seat_warning_notice (
    warning_id      uuid        primary key,
    school_code     varchar(9)  not null,
    stage           varchar(10) not null,
    enrollment_year int         not null,
    start_date      date        not null,
    lifted_on       date
);
create index seat_warning_notice_by_stage_year on seat_warning_notice (stage, enrollment_year);
