-- The family's admission notices (录取通知) as admission-service issued them, one row per notice
-- (event): a notice re-issued after an appeal is a new row, the earlier ones stay as history, and the
-- current notice of an application is its latest issued. No foreign key to application on purpose:
-- a notice may arrive before the application's row is visible here; it is shown once it is.
create table admission_notice (
    id                  uuid          primary key,
    application_id      uuid          not null,
    run_id              uuid          not null,
    district_code       varchar(12)   not null,
    enrollment_year     integer       not null,
    stage               varchar(20)   not null,
    public_id           varchar(30)   not null,
    outcome             varchar(20)   not null,
    school_code         varchar(20),
    school_name         varchar(100),
    route               varchar(20),
    tier_rank           integer       not null,
    tier_name           varchar(100),
    lottery_number      varchar(32),
    lottery_rank        integer       not null,
    reason              text,
    appeal_deadline     date,
    -- the appeal whose decision re-issued this notice
    appeal_id           uuid,
    issued_at           timestamptz   not null,
    recorded_at         timestamptz   not null
);
create index admission_notice_by_application on admission_notice (application_id, issued_at desc, id desc);

-- The schools the allocation considered for the child, in the order it did, with their cut-offs.
create table admission_notice_school (
    notice_id           uuid          not null references admission_notice (id),
    position            integer       not null,
    school_code         varchar(20)   not null,
    phase               varchar(30)   not null,
    admitted            boolean       not null,
    cutoff_tier_rank    integer,
    cutoff_lottery_rank integer,
    primary key (notice_id, position)
);

-- A family's appeal (申诉) of one notice; admission-service takes it from the AppealFiled event and
-- decides it (AppealDecided). One appeal per notice.
create table admission_appeal (
    id                    uuid          primary key,
    application_id        uuid          not null,
    notice_id             uuid          not null references admission_notice (id),
    run_id                uuid          not null,
    statement             varchar(500)  not null,
    filed_by              varchar(64)   not null,
    filed_at              timestamptz   not null,
    status                varchar(20)   not null check (status in ('SUBMITTED', 'UPHELD', 'DISMISSED')),
    decision_reason       varchar(1000),
    decision_school_code  varchar(20),
    decided_at            timestamptz,
    constraint admission_appeal_once_per_notice unique (notice_id)
);
create index admission_appeal_by_application on admission_appeal (application_id, filed_at desc);
