-- Custos schema, version 1: B2B accounts, scored survey responses and standalone users.
-- Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL (production).

create table account (
    id           uuid                        not null primary key,
    external_id  varchar(64)                 not null,
    name         varchar(200)                not null,
    tier         varchar(40),
    region       varchar(64),
    industry     varchar(100),
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint                      not null,
    constraint account_external_id_unique unique (external_id)
);

-- One person's answers to a survey. Scores only: comments and contact data arrive with the
-- privacy gate. responded_month (UTC, 'YYYY-MM') is kept so that monthly grouping is the same
-- on every database.
create table survey_response (
    id              uuid                        not null primary key,
    external_id     varchar(128),
    account_id      uuid                        not null,
    touchpoint      varchar(64)                 not null,
    channel         varchar(16)                 not null,
    product         varchar(100),
    nps             smallint,
    csat            smallint,
    ces             smallint,
    responded_at    timestamp(6) with time zone not null,
    responded_month varchar(7)                  not null,
    received_at     timestamp(6) with time zone not null,
    constraint survey_response_external_id_unique unique (external_id),
    constraint survey_response_account_fk foreign key (account_id) references account (id),
    constraint survey_response_nps_range check (nps between 0 and 10),
    constraint survey_response_csat_range check (csat between 1 and 5),
    constraint survey_response_ces_range check (ces between 1 and 7),
    constraint survey_response_has_score check (nps is not null or csat is not null or ces is not null)
);

create index survey_response_responded_at on survey_response (responded_at);
create index survey_response_account_responded_at on survey_response (account_id, responded_at);

-- Users of the standalone identity mode (no external identity provider).
create table local_user (
    id                       uuid                        not null primary key,
    username                 varchar(64)                 not null,
    password_hash            varchar(255)                not null,
    password_change_required boolean                     not null,
    created_at               timestamp(6) with time zone not null,
    updated_at               timestamp(6) with time zone not null,
    version                  bigint                      not null,
    constraint local_user_username_unique unique (username)
);

create table local_user_role (
    user_id uuid        not null,
    role    varchar(32) not null,
    constraint local_user_role_pk primary key (user_id, role),
    constraint local_user_role_user_fk foreign key (user_id) references local_user (id) on delete cascade
);

-- The accounts (by external id) that a member of an account team may see.
create table local_user_account (
    user_id             uuid        not null,
    account_external_id varchar(64) not null,
    constraint local_user_account_pk primary key (user_id, account_external_id),
    constraint local_user_account_user_fk foreign key (user_id) references local_user (id) on delete cascade
);
