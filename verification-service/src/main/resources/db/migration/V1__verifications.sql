-- One verification per application. The declared subject is one AES-GCM ciphertext.
create table verification (
    id                     uuid        primary key,
    application_id         uuid        not null unique,
    district_code          varchar(6)  not null,
    subject_cipher         text        not null,
    child_id_index         varchar(64) not null,
    opened_at              timestamptz not null,
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

-- transactional outbox and idempotent-consumer guard (see outbox/README)
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    message_key    varchar(200) not null,
    event_type     varchar(100) not null,
    schema_version int          not null,
    payload        text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
