-- The partner-facing API (SPEC §2): change notices that reopen verifications, and asynchronous answers.

-- Why a decided verification is being checked again (a change notice, an upheld dispute), and when the
-- last asynchronous answer for it arrived (so a run that was asking at that moment does not overlook it).
alter table verification add column reopened_at timestamptz;
alter table verification add column reopen_trigger varchar(20);
alter table verification add column reopen_reason varchar(300);
alter table verification add column reopen_count int not null default 0;
alter table verification add column answer_arrived_at timestamptz;

-- The guardians' blind indexes per verification, so a change notice about a guardian finds it (the
-- child's index is verification.child_id_index). Filled when a verification is opened. Rows opened
-- before this migration have none and cannot be backfilled here: the subject is AES-GCM ciphertext and
-- the index key lives outside the database. Older verifications match a notice on the child only.
create table verification_guardian_index (
    verification_id  uuid        not null references verification (id),
    id_index         varchar(64) not null,
    primary key (verification_id, id_index)
);
create index verification_guardian_by_index on verification_guardian_index (id_index);

-- Notices received, for audit: who sent what about whom (masked, plus the blind index), when, and how
-- many verifications it reopened. Unique per department and the department's own notice id.
create table change_notice (
    id               uuid         primary key,
    department       varchar(40)  not null,
    notice_id        varchar(64)  not null,
    sent_by          varchar(100) not null,
    received_at      timestamptz  not null,
    kind             varchar(40)  not null,
    subject_masked   varchar(40)  not null,
    subject_index    varchar(64)  not null,
    effective_date   date         not null,
    detail           varchar(500),
    affected_count   int          not null default 0,
    unique (department, notice_id)
);
create index change_notice_by_subject on change_notice (subject_index);

-- Queries a department took with a ticket (202) instead of answering, and the answers it posted back.
-- Keyed for reading by registry (source), the persons asked about (blind index of their sorted ID
-- numbers) and the application. The answer holds personal data: AES-GCM ciphertext.
create table department_ticket (
    source           varchar(30)  not null,
    ticket           varchar(100) not null,
    request_id       varchar(64)  not null,
    subject_index    varchar(64)  not null,
    application_id   uuid         not null,
    asked_at         timestamptz  not null,
    answered_at      timestamptz,
    answer_cipher    text,
    primary key (source, ticket)
);
create index department_ticket_by_ticket on department_ticket (ticket);
create index department_ticket_by_application on department_ticket (application_id, source, subject_index);
