-- Custos schema, version 7: the evidence pack of each erasure, found by the data-subject request
-- it answers. No personal data: the subject by pseudonymous id, identifiers only as a count of
-- suppressed digests, data keys by id. The erasure journal itself lives outside the database.

create table erasure_evidence (
    request_reference  varchar(128)                not null primary key,
    subject_id         varchar(64)                 not null,
    erased_at          timestamp(6) with time zone not null,
    destroyed_key_ids  varchar(1000)               not null,
    suppressed_digests integer                     not null,
    journal_line_hash  varchar(64)                 not null,
    replayed_at        timestamp(6) with time zone
);

create index erasure_evidence_subject on erasure_evidence (subject_id);

-- What the erasure did in each place: counts per table and category, and how they were treated
-- (destroyed, deleted, added, unreadable).
create table erasure_evidence_item (
    request_reference varchar(128) not null,
    position          integer      not null,
    location          varchar(64)  not null,
    category          varchar(64)  not null,
    item_count        bigint       not null,
    treatment         varchar(16)  not null,
    constraint erasure_evidence_item_pk primary key (request_reference, position),
    constraint erasure_evidence_item_fk foreign key (request_reference)
        references erasure_evidence (request_reference) on delete cascade
);
