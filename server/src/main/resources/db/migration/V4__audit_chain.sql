-- Custos schema, version 4: the audit trail's hash chain and signed checkpoints.
-- Events are inserted unsealed (seq, prev_hash and hash null) in the caller's transaction. One
-- sealer at a time (it locks audit_chain_head) gives committed unsealed events their place in the
-- chain: seq from 1 without gaps, prev_hash = the hash of event seq - 1 (64 zeros for the first),
-- hash = SHA-256(prev_hash || canonical event). Each batch ends with a checkpoint, the Ed25519
-- signature of (seq, hash) with the key in <data dir>/keys. docs/architecture.md has the design.

alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);

-- Unique: two events can never share a place in the chain. Also finds unsealed events (null seq).
create unique index audit_event_seq on audit_event (seq);

create table audit_checkpoint (
    seq       bigint                      not null primary key,
    hash      varchar(64)                 not null,
    signature varchar(128)                not null,
    key_id    varchar(32)                 not null,
    signed_at timestamp(6) with time zone not null
);

-- The end of the sealed chain. Its one row is the lock that makes sealing single-threaded across
-- every node of a cluster.
create table audit_chain_head (
    id   integer     not null primary key,
    seq  bigint      not null,
    hash varchar(64) not null
);

insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
