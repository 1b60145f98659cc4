-- Admission seasons, their frozen inputs, immutable allocation runs, admissions, appeals, enrollments and sunshine
-- classes (owned by the seasons, appeals, enrollment and classes features).

create table season (
    id                      uuid         primary key,
    district_code           varchar(6)   not null,
    enrollment_year         int          not null,
    stage                   varchar(10)  not null check (stage in ('PRIMARY', 'JUNIOR')),
    commitment              varchar(64),
    committed_at            timestamptz,
    committed_by            varchar(100),
    closed_at               timestamptz,
    closed_by               varchar(100),
    input_digest            varchar(64),
    seed_hex                varchar(64),
    drawn_at                timestamptz,
    drawn_by                varchar(100),
    published_run_id        uuid,
    published_result_digest varchar(64),
    published_at            timestamptz,
    published_by            varchar(100),
    appeal_deadline         date,
    unique (district_code, enrollment_year, stage)
);

-- written once at closing; the trigger below keeps it that way
create table season_input (
    season_id       uuid primary key references season (id),
    input_text      text not null,
    input_digest    varchar(64) not null,
    excluded_json   text not null,
    tier_names_json text not null
);

create table season_entrant (
    season_id      uuid        not null references season (id),
    application_id uuid        not null,
    public_id      varchar(32) not null,
    child_key      varchar(128) not null,
    masked_name    varchar(100),
    primary key (season_id, application_id),
    unique (season_id, public_id)
);

create table allocation_run (
    id                uuid         primary key,
    season_id         uuid         not null references season (id),
    run_number        int          not null,
    input_digest      varchar(64)  not null,
    seed_hex          varchar(64)  not null,
    algorithm_version varchar(64)  not null,
    result_text       text         not null,
    result_digest     varchar(64)  not null,
    result_json       text         not null,
    violations_json   text         not null,
    status            varchar(10)  not null check (status in ('CHECKED', 'BLOCKED')),
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    unique (season_id, run_number)
);

-- a run is an immutable record: only its violations may grow (and block it); inputs, seed and result never change
create function allocation_run_immutable() returns trigger language plpgsql as $$
begin
    if new.season_id <> old.season_id or new.run_number <> old.run_number or new.input_digest <> old.input_digest
       or new.seed_hex <> old.seed_hex or new.algorithm_version <> old.algorithm_version
       or new.result_text <> old.result_text or new.result_digest <> old.result_digest
       or new.result_json <> old.result_json or new.created_by <> old.created_by or new.created_at <> old.created_at
       or (old.status = 'BLOCKED' and new.status <> 'BLOCKED') then
        raise exception 'allocation run % is immutable', old.id;
    end if;
    return new;
end $$;
create trigger allocation_run_immutable before update on allocation_run
    for each row execute function allocation_run_immutable();
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable', tg_table_name;
end $$;
create trigger allocation_run_kept before delete on allocation_run for each row execute function refuse_change();
create trigger season_input_immutable before update or delete on season_input
    for each row execute function refuse_change();

create table admissions (
    id              uuid         primary key,
    season_id       uuid         not null references season (id),
    run_id          uuid         not null references allocation_run (id),
    district_code   varchar(6)   not null,
    enrollment_year int          not null,
    stage           varchar(10)  not null,
    application_id  uuid         not null,
    child_key       varchar(128) not null,
    public_id       varchar(32)  not null,
    masked_name     varchar(100),
    outcome         varchar(20)  not null,
    school_code     varchar(20),
    route           varchar(20),
    appeal_id       uuid,
    current         boolean      not null,
    created_at      timestamptz  not null,
    superseded_at   timestamptz
);
-- the plans feature counts the current rows per school (a plan is never cut below them)
-- one child, one admission city-wide (SPEC §4): the blind index of the ID number, not the application
create unique index admission_one_placed_per_child on admissions (child_key) where current and outcome <> 'UNPLACED';
create unique index admission_one_current_per_application on admissions (application_id) where current;
create index admission_at_school on admissions (school_code, enrollment_year, stage) where current;

create table appeal (
    id             uuid         primary key,
    application_id uuid         not null,
    run_id         uuid,
    season_id      uuid         not null references season (id),
    district_code  varchar(6)   not null,
    public_id      varchar(32)  not null,
    statement      text         not null,
    status         varchar(10)  not null check (status in ('FILED', 'UPHELD', 'DISMISSED')),
    filed_at       timestamptz  not null,
    reason         text,
    school_code    varchar(20),
    decided_by     varchar(100),
    decided_at     timestamptz
);
create index appeal_by_district on appeal (district_code, status);

create table enrollment (
    id              uuid         primary key,
    application_id  uuid         not null unique,
    child_key       varchar(128) not null unique,
    school_code     varchar(20)  not null,
    district_code   varchar(6)   not null,
    enrollment_year int          not null,
    stage           varchar(10)  not null,
    public_id       varchar(32)  not null,
    sex             varchar(1),
    special_needs   boolean      not null,
    enrolled_by     varchar(100) not null,
    enrolled_at     timestamptz  not null
);
create index enrollment_at_school on enrollment (school_code, enrollment_year, stage);

create table class_assignment (
    id                uuid         primary key,
    school_code       varchar(20)  not null,
    enrollment_year   int          not null,
    stage             varchar(10)  not null,
    seed_hex          varchar(256) not null,
    digest            varchar(64)  not null,
    algorithm_version varchar(64)  not null,
    classes           int          not null,
    class_cap         int          not null check (class_cap between 1 and 55),
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    unique (school_code, enrollment_year, stage)
);

create table class_assignment_student (
    assignment_id uuid        not null references class_assignment (id),
    public_id     varchar(32) not null,
    class_number  int         not null,
    primary key (assignment_id, public_id)
);
