-- The catchment zone of the verified address, and flags for district staff (comma-separated).
alter table application add column zone_code varchar(30);
alter table application add column flags text not null default '';
