-- Applications counted per zone (from registration.applications.v1) for the demand forecast.
-- Only the zone is kept, nothing about the family.
create table zone_application (
    application_id  varchar(36) primary key,
    zone_code       varchar(30) not null,
    district_code   varchar(6)  not null,
    stage           varchar(10) not null,
    enrollment_year int         not null
);
create index zone_application_by_district on zone_application (district_code, stage, enrollment_year);
