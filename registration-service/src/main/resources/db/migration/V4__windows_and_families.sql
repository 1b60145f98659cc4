-- Registration windows per district, stage and enrollment year, set by the district bureau.
create table registration_window (
    district_code   varchar(6)  not null,
    enrollment_year int         not null,
    stage           varchar(20) not null,
    opens_at        timestamptz not null,
    closes_at       timestamptz not null,
    set_by          varchar(64) not null,
    set_at          timestamptz not null,
    primary key (district_code, enrollment_year, stage),
    constraint registration_window_order check (opens_at < closes_at)
);

-- A parent account's family (一次采集、多次复用): children and guardians once, reused by later
-- applications. ID numbers as AES-GCM ciphertext plus an HMAC blind index, one row per person per account.
create table family_child (
    id          uuid        primary key,
    owner_id    varchar(64) not null,
    name        varchar(50) not null,
    id_type     varchar(20) not null,
    id_cipher   text        not null,
    id_index    varchar(64) not null,
    birth_date  date,
    sex         varchar(6),
    updated_at  timestamptz not null,
    constraint family_child_once unique (owner_id, id_index)
);

create table family_guardian (
    id          uuid        primary key,
    owner_id    varchar(64) not null,
    name        varchar(50) not null,
    relation    varchar(20) not null,
    id_type     varchar(20) not null,
    id_cipher   text        not null,
    id_index    varchar(64) not null,
    phone       varchar(20),
    updated_at  timestamptz not null,
    constraint family_guardian_once unique (owner_id, id_index)
);
