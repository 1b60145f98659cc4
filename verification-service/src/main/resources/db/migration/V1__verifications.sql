-- One verification per application. The declared subject is one AES-GCM ciphertext.
create table verification (
    id                     uuid        primary key,
    application_id         uuid        not null unique,
    district_code          varchar(6)  not null,
    subject_cipher         text        not null,
    child_id_index         varchar(64) not null,
    opened_at              timestamptz not null,
    correlation_id         varchar(64),
    status                 varchar(20) not null,
    attempts               int         not null,
    next_attempt_at        timestamptz,
    verdict                varchar(20),
    category               varchar(40),
    checks_json            text        not null,
    supplement_items_json  text        not null,
    completed_at           timestamptz,
    version                bigint      not null
);
create index verification_due on verification (next_attempt_at) where status = 'PENDING';
create index verification_by_child on verification (child_id_index);
