-- Zoning plan versions (招生片区方案). Zones never change after drafting; the lifecycle columns do.
create table zone_plan (
    id             uuid         primary key,
    district_code  varchar(6)   not null,
    stage          varchar(10)  not null,
    plan_version   int          not null,
    status         varchar(12)  not null,
    drafted_at     timestamptz  not null,
    drafted_by     varchar(100),
    evaluation     text,
    hearing_date   date,
    hearing_record text,
    approved_by    varchar(100),
    approved_at    timestamptz,
    published_at   timestamptz,
    effective_from date,
    version        bigint       not null,
    unique (district_code, stage, plan_version)
);
create index zone_plan_published on zone_plan (status, stage, effective_from);

create table zone (
    id            uuid         primary key,
    plan_id       uuid         not null references zone_plan (id) on delete cascade,
    position      int          not null,
    code          varchar(30)  not null,
    name          varchar(100),
    district_code varchar(6)   not null,
    stage         varchar(10)  not null,
    type          varchar(10)  not null,
    school_codes  text         not null,
    area_wkb      bytea,
    unique (plan_id, code)
);

create table zone_address_rule (
    zone_id     uuid         not null references zone (id) on delete cascade,
    position    int          not null,
    street      varchar(50),
    community   varchar(50),
    compound    varchar(80),
    road        varchar(50),
    number_from int,
    number_to   int,
    parity      varchar(4),
    built_year  int,
    primary key (zone_id, position)
);
