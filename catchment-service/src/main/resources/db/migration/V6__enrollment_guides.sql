-- A district's enrollment guide per year: conditions, timeline, hotline (public before registration).
create table enrollment_guide (
    district_code   varchar(6)   not null,
    enrollment_year int          not null,
    conditions      text         not null,
    timeline_json   text         not null,
    hotline         varchar(20)  not null,
    updated_by      varchar(100),
    updated_at      timestamptz  not null,
    primary key (district_code, enrollment_year)
);
