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

-- stands in for a service's own state changed in the same transaction as the event
create table thing (id uuid primary key, name varchar(50) not null);
