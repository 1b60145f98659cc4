-- Enrollment plans (招生计划) per school, year and stage, and the applicants admission has heard of.
-- Owned by the inputs half of admission: plans and applicants. V3 (seasons, runs, admissions) is the
-- season half's.

create table enrollment_plan (
    school_code      varchar(9)   not null,
    enrollment_year  int          not null,
    stage            varchar(10)  not null check (stage in ('PRIMARY', 'JUNIOR')),
    -- the school's own district in catchment when the plan was last written (list filter)
    district_code    varchar(6)   not null,
    classes          int          not null check (classes between 1 and 99),
    class_size_cap   int          not null check (class_size_cap between 1 and 55),
    seats            int          not null check (seats >= 0 and seats <= classes * class_size_cap),
    reserved_seats   int          not null check (reserved_seats >= 0 and reserved_seats <= seats),
    updated_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    primary key (school_code, enrollment_year, stage)
);
create index enrollment_plan_district on enrollment_plan (district_code, enrollment_year, stage);

-- One application as admission keeps it (PIPL: the minimum). No ID number, no name in clear, no
-- address: a keyed blind index of the child's ID number, the sex, a masked name, the claims allocation
-- needs and the verification verdict. Lists are comma-joined codes (school codes, facts, flags).
create table applicant (
    application_id                uuid         primary key,
    public_id                     varchar(20)  not null unique,
    district_code                 varchar(6)   not null,
    enrollment_year               int          not null,
    stage                         varchar(10)  not null check (stage in ('PRIMARY', 'JUNIOR')),
    masked_name                   varchar(100) not null,
    child_key                     char(64)     not null,
    sex                           char(1)      check (sex in ('F', 'M')),
    preferences                   text         not null,
    sibling_school_code           varchar(20),
    promotion_primary_school_code varchar(20),
    disability_declared           boolean      not null,
    status                        varchar(20)  not null check (status in ('PENDING', 'VERIFIED', 'NEEDS_SUPPLEMENT')),
    -- the latest verdict applied (kept while a reopened verification runs again), null before the first
    verdict                       varchar(20)  check (verdict in ('VERIFIED', 'NEEDS_SUPPLEMENT')),
    category                      varchar(40),
    facts                         text         not null,
    zone_code                     varchar(40),
    zone_school_codes             text         not null,
    flags                         text         not null,
    home_lon                      double precision,
    home_lat                      double precision,
    -- occurredAt of the last verification event applied: an older one arriving late is ignored
    verification_at               timestamptz,
    placement                     varchar(20)  check (placement in ('REGULAR_CLASS', 'SPECIAL_SCHOOL', 'HOME_TEACHING')),
    placement_school_code         varchar(9),
    placement_note                varchar(500),
    placement_by                  varchar(100),
    placement_at                  timestamptz,
    submitted_at                  timestamptz  not null,
    updated_at                    timestamptz  not null
);
create index applicant_season on applicant (district_code, enrollment_year, stage, status);
create index applicant_child on applicant (child_key);

-- Verification news that arrived before the application it is about (two topics, no order between
-- them): kept here and applied, in the order they happened, when the submission arrives.
create table early_verification_event (
    event_id       uuid        primary key,
    application_id uuid        not null,
    occurred_at    timestamptz not null,
    kind           varchar(20) not null check (kind in ('COMPLETED', 'REOPENED')),
    payload        text        not null,
    received_at    timestamptz not null
);
create index early_verification_event_application on early_verification_event (application_id);
