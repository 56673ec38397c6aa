-- Custos schema, version 5: the consent ledger. Append-only: consent events (given, withdrawn,
-- refused, expired) and processing limits (restricted, restriction-lifted, objected), each one row
-- that is never updated or deleted. Subjects are pseudonymous ids; notices are ids, versions and
-- SHA-256 hashes of their text; collectors are user, connector or service ids. No column holds a
-- personal value in clear.
-- seq is the ledger position: it breaks ties between events at the same instant.

create sequence consent_event_seq start with 1 increment by 1;

create table consent_event (
    seq              bigint                      not null primary key,
    id               uuid                        not null,
    kind             varchar(24)                 not null,
    subject_id       varchar(64)                 not null,
    purpose          varchar(64),
    occurred_at      timestamp(6) with time zone not null,
    recorded_at      timestamp(6) with time zone not null,
    lawful_basis     varchar(32),
    notice_id        varchar(128),
    notice_version   varchar(128),
    notice_hash      varchar(64),
    language         varchar(35),
    method           varchar(16),
    channel          varchar(128),
    collector        varchar(128),
    jurisdiction     varchar(128),
    consent_form     varchar(16),
    expires_at       timestamp(6) with time zone,
    request_ref      varchar(128),
    -- The person's reference to their signed receipt: random, unguessable, unique.
    receipt_ref      varchar(64),
    -- Imported events name the source row they came from; a re-delivered row adds nothing.
    source_connector varchar(64),
    source_key       varchar(255),
    source_version   varchar(128),
    constraint consent_event_id_unique unique (id),
    constraint consent_event_receipt_unique unique (receipt_ref),
    constraint consent_event_import_unique unique (source_connector, source_key, source_version, purpose)
);

create index consent_event_subject on consent_event (subject_id, seq);
create index consent_event_purpose on consent_event (purpose, kind);
