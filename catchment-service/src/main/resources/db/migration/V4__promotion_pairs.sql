-- Direct-promotion pairs (对口直升): each primary school has at most one junior school.
create table promotion_pair (
    primary_school_code varchar(9)  primary key references school (code),
    junior_school_code  varchar(9)  not null references school (code),
    district_code       varchar(6)  not null,
    note                varchar(200)
);
create index promotion_pair_by_district on promotion_pair (district_code);
