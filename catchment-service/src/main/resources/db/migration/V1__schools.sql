create table school (
    code          varchar(9)       primary key,
    name          varchar(60)      not null,
    district_code varchar(6)       not null,
    ownership     varchar(10)      not null,
    lon           double precision not null,
    lat           double precision not null,
    address       varchar(200),
    hotline       varchar(20)
);
create index school_by_district on school (district_code);

create table school_intake (
    school_code varchar(9)  not null references school (code) on delete cascade,
    stage       varchar(10) not null,
    classes     int         not null,
    seats       int         not null,
    primary key (school_code, stage)
);
