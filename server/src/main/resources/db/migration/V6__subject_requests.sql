-- Custos schema, version 6: data-subject requests (access, portability, erasure, rectification,
-- restriction, objection) and their lifecycle. Portable SQL for H2 and PostgreSQL.
-- No column holds personal data in clear: the person is named by the subject id the identifiers
-- led to and by the blind indexes (keyed HMAC digests) of the identifiers given; notes and reasons
-- are checked for personal data before they are stored.

create table subject_request (
    id                  uuid                        not null primary key,
    request_type        varchar(16)                 not null,
    jurisdiction        varchar(8)                  not null,
    status              varchar(24)                 not null,
    subject_id          varchar(64),
    identifiers         varchar(400)                not null,
    purpose             varchar(64),
    received_at         timestamp(6) with time zone not null,
    due_at              timestamp(6) with time zone not null,
    created_by          varchar(255)                not null,
    verified_at         timestamp(6) with time zone,
    verified_by         varchar(255),
    verification_method varchar(32),
    started_at          timestamp(6) with time zone,
    extended_at         timestamp(6) with time zone,
    extension_reason    varchar(2000),
    closed_at           timestamp(6) with time zone,
    closed_by           varchar(255),
    closing_note        varchar(2000),
    version             bigint                      not null
);

-- Listings filter by status and order by deadline; "overdue" is open and due before now.
create index subject_request_status_due on subject_request (status, due_at);
create index subject_request_subject on subject_request (subject_id);
