-- stands in for a service's own state changed in the same transaction as the event
create table thing (id uuid primary key, name varchar(50) not null);
