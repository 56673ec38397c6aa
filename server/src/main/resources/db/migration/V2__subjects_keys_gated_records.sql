-- Custos schema, version 2: one customer view (pseudonymous subjects found by blind index, the
-- suppression list of erased people), subjects' wrapped data keys, records stored after the
-- privacy gate, connector watermarks and the quarantine.
-- Portable SQL for H2 and PostgreSQL. Binary columns are bytea (H2 reads it as binary varying).
-- ${binary_order} is a collation clause on PostgreSQL (collate "C") and empty on H2, whose text
-- order already is String.compareTo order: key rotation pages through subject ids in that order.
-- No column holds personal data in clear: identifiers are HMAC digests, values are envelopes.

create table subject (
    id         varchar(64) ${binary_order}  not null primary key,
    created_at timestamp(6) with time zone not null
);

-- Blind indexes (keyed HMAC digests) of a subject's identifiers, by kind; one person per digest.
create table subject_index (
    kind                 varchar(32)                 not null,
    digest               varchar(64)                 not null,
    subject_id           varchar(64)                 not null,
    first_seen_connector varchar(64)                 not null,
    first_seen_at        timestamp(6) with time zone not null,
    constraint subject_index_pk primary key (kind, digest),
    constraint subject_index_subject_fk foreign key (subject_id) references subject (id) on delete cascade
);

create index subject_index_subject on subject_index (subject_id);

-- Why a record was given to a subject: which kinds of index matched, and which other subjects
-- matched too (a conflict a person resolves by merging).
create table subject_match (
    id                   uuid                        not null primary key,
    subject_id           varchar(64)                 not null,
    connector_id         varchar(64)                 not null,
    source_key           varchar(255),
    outcome              varchar(16)                 not null,
    kinds_matched        varchar(200)                not null,
    conflicting_subjects varchar(2000),
    matched_at           timestamp(6) with time zone not null,
    constraint subject_match_subject_fk foreign key (subject_id) references subject (id) on delete cascade
);

create index subject_match_subject on subject_match (subject_id);

-- Erased people, by the blind indexes of their identifiers, so that a sync does not bring them back.
create table suppression (
    kind      varchar(32)                 not null,
    digest    varchar(64)                 not null,
    erased_at timestamp(6) with time zone not null,
    constraint suppression_pk primary key (kind, digest)
);

-- Each subject's data key, wrapped by the master key of version kek_version. Deleting the row is
-- the crypto-shredding of the subject.
create table subject_key (
    subject_id  varchar(64) ${binary_order}  not null primary key,
    key_id      integer                     not null,
    kek_version integer                     not null,
    wrapped     bytea                       not null,
    created_at  timestamp(6) with time zone not null
);

create index subject_key_kek_version on subject_key (kek_version, subject_id);

-- Records after the privacy gate. (connector_id, source_key, source_version) makes ingestion
-- idempotent: a replay stores nothing twice.
create table gated_record (
    id             uuid                        not null primary key,
    connector_id   varchar(64)                 not null,
    source         varchar(64)                 not null,
    source_key     varchar(255)                not null,
    source_version varchar(128)                not null,
    kind           varchar(16)                 not null,
    subject_id     varchar(64)                 not null,
    collected_at   timestamp(6) with time zone not null,
    gated_at       timestamp(6) with time zone not null,
    pack           varchar(64)                 not null,
    constraint gated_record_source_unique unique (connector_id, source_key, source_version)
);

create index gated_record_subject on gated_record (subject_id);

-- The kept fields of a record: personal ones only as envelopes under the subject's data key.
create table gated_field (
    record_id         uuid          not null,
    name              varchar(128)  not null,
    field_class       varchar(16)   not null,
    envelope          bytea,
    redacted_envelope bytea,
    plain_value       varchar(4000),
    blind_index       varchar(64),
    purposes          varchar(1000) not null,
    pii_found         varchar(200),
    constraint gated_field_pk primary key (record_id, name),
    constraint gated_field_record_fk foreign key (record_id) references gated_record (id) on delete cascade
);

-- The gate's decision log of a record: outcome and reason per field, never values.
create table gate_decision (
    record_id   uuid          not null,
    field       varchar(128)  not null,
    field_class varchar(16)   not null,
    outcome     varchar(32)   not null,
    purposes    varchar(1000) not null,
    reason      varchar(4000) not null,
    constraint gate_decision_pk primary key (record_id, field),
    constraint gate_decision_record_fk foreign key (record_id) references gated_record (id) on delete cascade
);

-- The retention class of each data category a record holds, and its deadline when known.
create table retention_stamp (
    record_id   uuid                        not null,
    category    varchar(32)                 not null,
    counts_from varchar(32)                 not null,
    deadline    timestamp(6) with time zone,
    constraint retention_stamp_pk primary key (record_id, category),
    constraint retention_stamp_record_fk foreign key (record_id) references gated_record (id) on delete cascade
);

create index retention_stamp_deadline on retention_stamp (deadline);

-- Each connector's committed position in its source; moves only with a stored batch.
create table connector_watermark (
    connector_id varchar(64)                 not null primary key,
    watermark    varchar(512)                not null,
    updated_at   timestamp(6) with time zone not null
);

-- Rows that could not be taken in, sealed under the connector's quarantine key.
create table quarantine_row (
    id             uuid                        not null primary key,
    connector_id   varchar(64)                 not null,
    source_key     varchar(255)                not null,
    source_version varchar(128)                not null,
    reason         varchar(2000)               not null,
    held_at        timestamp(6) with time zone not null,
    sealed_row     bytea                       not null,
    status         varchar(16)                 not null,
    constraint quarantine_row_source_unique unique (connector_id, source_key, source_version)
);
