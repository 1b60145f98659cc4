-- Enrollment applications. ID numbers are stored only as AES-GCM ciphertext plus an HMAC blind index.
create table application (
    id                    uuid         primary key,
    owner_id              varchar(64)  not null,
    submitted_by          varchar(64)  not null,
    submitted_by_username varchar(100),
    assisted              boolean      not null,
    idempotency_key       varchar(100) not null,
    request_fingerprint   varchar(64)  not null,
    district_code         varchar(6)   not null,
    enrollment_year       int          not null,
    stage                 varchar(20)  not null,
    child_name            varchar(50)  not null,
    child_id_type         varchar(20)  not null,
    child_id_cipher       text         not null,
    child_id_index        varchar(64)  not null,
    child_birth_date      date,
    child_sex             varchar(6),
    hukou_address         varchar(200) not null,
    status                varchar(20)  not null,
    category              varchar(40),
    submitted_at          timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null,
    constraint application_owner_key unique (owner_id, idempotency_key)
);
-- one active application per child, stage and year, city-wide (SPEC §1)
create unique index application_one_per_child on application (child_id_index, stage, enrollment_year);
create index application_by_owner on application (owner_id, submitted_at desc);
create index application_by_district on application (district_code, enrollment_year, status);

create table application_guardian (
    application_id uuid         not null references application (id) on delete cascade,
    position       int          not null,
    name           varchar(50)  not null,
    relation       varchar(20)  not null,
    id_type        varchar(20)  not null,
    id_cipher      text         not null,
    id_index       varchar(64)  not null,
    phone          varchar(20),
    primary key (application_id, position)
);

create table application_timeline (
    application_id uuid         not null references application (id) on delete cascade,
    position       int          not null,
    status         varchar(20)  not null,
    at             timestamptz  not null,
    note           varchar(200),
    primary key (application_id, position)
);

create table application_supplement_item (
    application_id uuid         not null references application (id) on delete cascade,
    position       int          not null,
    code           varchar(50)  not null,
    field          varchar(100),
    reason         varchar(300) not null,
    remedy         varchar(300) not null,
    primary key (application_id, position)
);

create table application_check (
    application_id uuid         not null references application (id) on delete cascade,
    position       int          not null,
    source         varchar(50)  not null,
    outcome        varchar(20)  not null,
    evidence       varchar(500),
    primary key (application_id, position)
);
