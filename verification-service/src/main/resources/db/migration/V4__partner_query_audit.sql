-- The tamper-evident audit log of cross-department queries (SPEC §2). Append-only; each row's hash covers
-- its fields and the previous row's hash. No ID number in clear: a keyed blind index and a masked number.
create table partner_query_audit (
    sequence        bigint       primary key,
    query_id        uuid         not null unique,
    queried_at      timestamptz  not null,
    department      varchar(30)  not null,
    purpose         varchar(200) not null,
    requested_by    varchar(100) not null,
    application_id  uuid         not null,
    district_code   varchar(6),
    subject_role    varchar(10)  not null,
    subject_index   varchar(64)  not null,
    subject_masked  varchar(40)  not null,
    outcome         varchar(12)  not null,
    result_digest   varchar(64),
    answer_summary  text         not null,
    prev_hash       varchar(64)  not null,
    hash            varchar(64)  not null
);
create index partner_query_audit_by_application on partner_query_audit (application_id);
create index partner_query_audit_by_department on partner_query_audit (department, queried_at);
create index partner_query_audit_by_district on partner_query_audit (district_code, queried_at);
create index partner_query_audit_by_subject on partner_query_audit (subject_index);

-- The chain's head, one row, locked by every append (FOR UPDATE) and moved in the same transaction:
-- it serialises appends and makes deleting the newest entries detectable.
create table partner_query_audit_head (
    id              smallint     primary key check (id = 1),
    last_sequence   bigint       not null,
    last_hash       varchar(64)  not null
);
insert into partner_query_audit_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Families' disputes of an audited answer, with the evidence as it stood when the dispute arrived.
create table partner_query_dispute (
    id               uuid         primary key,
    application_id   uuid         not null,
    query_id         uuid,
    department       varchar(30),
    statement        text,
    district_code    varchar(6),
    audit_sequence   bigint,
    audited_answer   text,
    checks_json      text         not null,
    received_at      timestamptz  not null,
    status           varchar(10)  not null,
    decision_reason  text,
    decided_by       varchar(100),
    decided_at       timestamptz
);
create index partner_query_dispute_open on partner_query_dispute (district_code) where status = 'OPEN';
