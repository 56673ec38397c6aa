-- Subject resolution looks up the blind indexes of a whole page by digest alone (filtering the kind
-- in the application): with the kind in the condition, PostgreSQL scans every index of that kind
-- while the table has no statistics yet, as during a first load. Portable for H2 and PostgreSQL.
create index subject_index_digest on subject_index (digest);

-- The record sink's duplicate check of a page looks records up by source key alone, for the same
-- reason.
create index gated_record_source_key on gated_record (source_key);
