-- The family's in-app inbox (SPEC §1: notifications at each step). A notification belongs to an
-- application, not to a user: whoever owns the application when the inbox is read sees it. So a
-- step that arrives before the application's row is visible is kept (no foreign key on purpose),
-- and an application collection staff submitted and a parent later claimed shows its whole history
-- to the parent.
create table notification (
    id             uuid          primary key,
    application_id uuid          not null,
    -- SUBMITTED, VERIFYING, VERIFIED, ...; deliberately no check constraint: a later producer
    -- (admission notices) adds its own kinds through the same table without a migration
    kind           varchar(40)   not null,
    -- what produced it (a service or feature) and the id of the event or record it came from
    source         varchar(60)   not null,
    source_id      uuid          not null,
    title          varchar(100)  not null,
    body           varchar(1000) not null,
    created_at     timestamptz   not null,
    read_at        timestamptz,
    -- one notification per step, even if the same event is delivered again
    constraint notification_once_per_source unique (kind, source_id)
);
create index notification_by_application on notification (application_id, created_at desc);
