-- Custos schema, version 8: legal holds, and the runs of the retention sweep with their progress,
-- checkpoint and report. Ids only: subject ids and record ids are pseudonymous, hold reasons are
-- codes, and nothing here holds a personal value.

-- A legal hold stops every retention action on what its scope covers: a subject, a B2B account
-- (by external id), a category, or a subject's records of one category. Released holds stay, with
-- who released them and when, so that a report can show which hold blocked what at the time.
create table legal_hold (
    id          varchar(36)                 not null primary key,
    scope       varchar(24)                 not null,
    subject_id  varchar(64),
    account_id  varchar(64),
    category    varchar(32),
    reason_code varchar(64)                 not null,
    placed_by   varchar(255)                not null,
    placed_at   timestamp(6) with time zone not null,
    released_by varchar(255),
    released_at timestamp(6) with time zone
);

create index legal_hold_released on legal_hold (released_at);

-- One sweep, real or dry. A run takes the retention stamps whose deadline had passed when it
-- started (as_of) in the order (deadline, record, category); the cursor is the last stamp of the
-- last committed batch, so a run that stopped halfway resumes after it.
create table retention_run (
    id              uuid                        not null primary key,
    dry_run         boolean                     not null,
    status          varchar(16)                 not null,
    started_by      varchar(255)                not null,
    started_at      timestamp(6) with time zone not null,
    as_of           timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone,
    batches         integer                     not null,
    batch_size      integer                     not null,
    cursor_deadline timestamp(6) with time zone,
    cursor_record   uuid,
    cursor_category varchar(32),
    failure         varchar(500)
);

create index retention_run_started on retention_run (started_at);

-- Progress of a run per data category, updated with every batch.
create table retention_run_count (
    run_id   uuid        not null,
    category varchar(32) not null,
    examined bigint      not null,
    acted    bigint      not null,
    held     bigint      not null,
    kept     bigint      not null,
    constraint retention_run_count_pk primary key (run_id, category),
    constraint retention_run_count_run_fk foreign key (run_id) references retention_run (id) on delete cascade
);

-- What a run decided for each stamp it examined, and why: the report a compliance officer reads.
create table retention_run_item (
    run_id      uuid                        not null,
    seq         bigint                      not null,
    record_id   uuid                        not null,
    category    varchar(32)                 not null,
    subject_id  varchar(64),
    decision    varchar(16)                 not null,
    action      varchar(24),
    rule_text   varchar(200)                not null,
    deadline    timestamp(6) with time zone,
    hold_id     varchar(36),
    explanation varchar(1000)               not null,
    constraint retention_run_item_pk primary key (run_id, seq),
    constraint retention_run_item_run_fk foreign key (run_id) references retention_run (id) on delete cascade
);

-- The sweep pages through due stamps in deadline order.
create index retention_stamp_due on retention_stamp (deadline, record_id, category);

-- Anonymisation cuts a record's link to its person: the subject goes, the rest stays.
alter table gated_record alter column subject_id drop not null;
