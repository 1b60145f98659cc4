-- The facts verification established (the district's tier rules turn them into the category), and why
-- a verification waits in the manual-review queue (DOCUMENT, DEPARTMENT_DOWN, PREFERENTIAL_GROUP).
alter table verification add column facts text not null default '';
alter table verification add column review_reason varchar(30);
-- The departments' answers the last run compared (AES-GCM ciphertext of JSON: they name people and
-- addresses), so a supplement round asks again only the departments its changes touch (ask_again,
-- comma-separated; null = ask every department).
alter table verification add column answers_cipher text;
alter table verification add column ask_again varchar(100);
