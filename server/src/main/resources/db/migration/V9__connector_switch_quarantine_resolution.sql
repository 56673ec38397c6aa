-- Custos schema, version 9: connectors an administrator stopped, and how quarantined rows were
-- resolved. Portable SQL for H2 and PostgreSQL. No column holds personal data in clear.

-- A connector stopped by an administrator stays stopped across restarts until started again.
-- A connector without a row runs.
create table connector_switch (
    connector_id varchar(64)                 not null primary key,
    running      boolean                     not null,
    changed_at   timestamp(6) with time zone not null
);

-- A quarantined row is held, resolved (a retry stored it) or discarded (by a person, with a
-- note). The sealed row of a resolved or discarded entry is emptied: it is no longer needed.
alter table quarantine_row add column resolved_at timestamp(6) with time zone;
alter table quarantine_row add column resolution varchar(500);
