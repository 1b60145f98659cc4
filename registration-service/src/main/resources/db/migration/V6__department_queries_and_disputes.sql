-- What verification asked the partner departments about a family (the "preview" principle, SPEC §2),
-- as verification-service published it: masked, one row per audited query. No foreign key to
-- application: a query may be recorded before the application's row is visible here.
create table department_query (
    query_id       uuid         primary key,
    application_id uuid         not null,
    sequence       bigint       not null,
    department     varchar(40)  not null,
    purpose        text         not null,
    subject_role   varchar(20)  not null,
    subject_masked varchar(40),
    outcome        varchar(20)  not null,
    answer_summary text,
    queried_at     timestamptz  not null,
    recorded_at    timestamptz  not null
);
create index department_query_by_application on department_query (application_id, queried_at, sequence);

-- A family's dispute of one recorded answer; district staff take it from the RecordDisputed event.
create table record_dispute (
    id             uuid         primary key,
    application_id uuid         not null,
    query_id       uuid         not null references department_query (query_id),
    department     varchar(40)  not null,
    statement      varchar(500) not null,
    filed_by       varchar(64)  not null,
    status         varchar(20)  not null,
    filed_at       timestamptz  not null
);
create index record_dispute_by_application on record_dispute (application_id, filed_at desc);
