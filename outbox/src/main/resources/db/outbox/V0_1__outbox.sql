-- Transactional outbox and idempotent-consumer guard, shipped with the outbox library and run by
-- each service's own Flyway (spring.flyway.locations includes classpath:db/outbox), before its V1.
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    message_key    varchar(200) not null,
    event_type     varchar(100) not null,
    schema_version int          not null,
    payload        text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz,
    request_id     varchar(64)
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
