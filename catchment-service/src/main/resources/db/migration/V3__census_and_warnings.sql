-- School-age census per zone and year (学龄人口摸底).
create table census (
    zone_code       varchar(30) not null,
    enrollment_year int         not null,
    district_code   varchar(6)  not null,
    stage           varchar(10) not null,
    children        int         not null check (children >= 0),
    primary key (zone_code, enrollment_year)
);
create index census_by_district on census (district_code, stage, enrollment_year);

-- Seat warnings (学位预警) with their announcements; lifting fills lifted_on.
create table seat_warning (
    id                uuid         primary key,
    school_code       varchar(9)   not null,
    district_code     varchar(6)   not null,
    stage             varchar(10)  not null,
    enrollment_year   int          not null,
    level             varchar(10)  not null,
    start_date        date         not null,
    announcement      text         not null,
    announced_at      timestamptz  not null,
    lifted_on         date,
    lift_announcement text
);
create index seat_warning_by_district on seat_warning (district_code, announced_at desc);
