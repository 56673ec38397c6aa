package dev.custos.server.ingest.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The retention sweep's view of gated records, in the caller's transaction: which retention stamps
 * are due, and the changes their actions make (fields removed, stamps removed, records deleted or
 * cut off from their person). Reads ids, classes and times only, never a field's value, except the
 * plain operational {@value #ACCOUNT_FIELD} field that names a record's B2B account.
 */
public final class RetainedRecords {

  /** The plain field that carries the external id of the B2B account a record is about. */
  public static final String ACCOUNT_FIELD = "account";

  private static final String SELECT =
      "select s.record_id, s.category, s.deadline, r.kind, r.subject_id, r.collected_at,"
          + " a.plain_value as account"
          + " from retention_stamp s join gated_record r on r.id = s.record_id"
          + " left join gated_field a on a.record_id = r.id and a.name = '"
          + ACCOUNT_FIELD
          + "' and a.field_class = 'operational'";

  /** A retention stamp with what the planner needs to know about its record. */
  public record Stamp(
      UUID recordId,
      String category,
      Optional<Instant> deadline,
      String kind,
      Optional<String> subjectId,
      Instant collectedAt,
      Optional<String> account) {}

  /** A kept field of a record, without its value: its name, class and whether it is plain. */
  public record StoredField(String name, String fieldClass, boolean plain) {}

  private final EntityManager em;

  public RetainedRecords(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /**
   * Stamps whose deadline is at or before {@code asOf}, after the stamp (deadline, record,
   * category) {@code after} when given, in that order; at most {@code limit}.
   */
  public List<Stamp> due(Instant asOf, Optional<Stamp> after, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where s.deadline <= :asOf");
    if (after.isPresent()) {
      sql.append(
          " and (s.deadline > :d or (s.deadline = :d and (s.record_id > :r"
              + " or (s.record_id = :r and s.category > :c))))");
    }
    sql.append(" order by s.deadline, s.record_id, s.category");
    NativeQuery<Object[]> query = stamps(sql.toString()).setParameter("asOf", asOf);
    after.ifPresent(
        a ->
            query
                .setParameter("d", a.deadline().orElseThrow())
                .setParameter("r", a.recordId())
                .setParameter("c", a.category()));
    return read(query.setMaxResults(limit));
  }

  /** Every stamp of every record of a subject, due or not. */
  public List<Stamp> ofSubject(String subjectId) {
    return read(
        stamps(SELECT + " where r.subject_id = :subject order by s.record_id, s.category")
            .setParameter("subject", subjectId));
  }

  /** When the subject last interacted: the latest collection of any of their records. */
  public Optional<Instant> lastInteraction(String subjectId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(r.collectedAt) from GatedRecordEntity r where r.subjectId = :subject",
                Instant.class)
            .setParameter("subject", subjectId)
            .getSingleResult());
  }

  /** The kept fields of a record, without values. */
  public List<StoredField> fields(UUID recordId) {
    List<StoredField> fields = new ArrayList<>();
    em.createQuery(
            "select f.name, f.fieldClass, f.envelope, f.redactedEnvelope from GatedRecordEntity r"
                + " join r.fields f where r.id = :id order by f.name",
            Object[].class)
        .setParameter("id", recordId)
        .getResultList()
        .forEach(
            row ->
                fields.add(
                    new StoredField(
                        (String) row[0], (String) row[1], row[2] == null && row[3] == null)));
    return fields;
  }

  /** Removes fields of a record, encrypted values and blind indexes with them. */
  public void removeFields(UUID recordId, Collection<String> names) {
    if (names.isEmpty()) {
      return;
    }
    em.createNativeQuery("delete from gated_field where record_id = :id and name in (:names)")
        .setParameter("id", recordId)
        .setParameter("names", names)
        .executeUpdate();
  }

  /** Removes a record's stamp of one category; returns the number of stamps the record has left. */
  public long removeStamp(UUID recordId, String category) {
    em.createNativeQuery("delete from retention_stamp where record_id = :id and category = :c")
        .setParameter("id", recordId)
        .setParameter("c", category)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select count(*) from retention_stamp where record_id = :id")
                .setParameter("id", recordId)
                .getSingleResult())
        .longValue();
  }

  /** Moves a stamp's deadline, for a period that restarted with a later interaction. */
  public void moveDeadline(UUID recordId, String category, Instant deadline) {
    em.createNativeQuery(
            "update retention_stamp set deadline = :d where record_id = :id and category = :c")
        .setParameter("d", deadline)
        .setParameter("id", recordId)
        .setParameter("c", category)
        .executeUpdate();
  }

  /** Deletes a record with its fields, decision log and stamps. */
  public void delete(UUID recordId) {
    for (String table : List.of("gated_field", "gate_decision", "retention_stamp")) {
      em.createNativeQuery("delete from " + table + " where record_id = :id")
          .setParameter("id", recordId)
          .executeUpdate();
    }
    em.createNativeQuery("delete from gated_record where id = :id")
        .setParameter("id", recordId)
        .executeUpdate();
  }

  /**
   * Cuts a record off from its person for good: the subject goes, every field that is not plain
   * goes, and the source key (the source system's id of the person's row) is replaced, so that
   * nothing left points back. The plain operational fields stay for statistics.
   */
  public void anonymise(UUID recordId) {
    em.createNativeQuery(
            "delete from gated_field where record_id = :id"
                + " and (envelope is not null or redacted_envelope is not null"
                + " or blind_index is not null)")
        .setParameter("id", recordId)
        .executeUpdate();
    em.createNativeQuery(
            "update gated_record set subject_id = null, source_key = :key, source_version = '-'"
                + " where id = :id")
        .setParameter("key", "anonymised:" + recordId)
        .setParameter("id", recordId)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> stamps(String sql) {
    return ((NativeQuery<Object[]>) em.createNativeQuery(sql).unwrap(NativeQuery.class))
        .addScalar("record_id", UUID.class)
        .addScalar("category", String.class)
        .addScalar("deadline", Instant.class)
        .addScalar("kind", String.class)
        .addScalar("subject_id", String.class)
        .addScalar("collected_at", Instant.class)
        .addScalar("account", String.class);
  }

  private static List<Stamp> read(NativeQuery<Object[]> query) {
    return query.getResultList().stream()
        .map(
            row ->
                new Stamp(
                    (UUID) row[0],
                    (String) row[1],
                    Optional.ofNullable((Instant) row[2]),
                    (String) row[3],
                    Optional.ofNullable((String) row[4]),
                    (Instant) row[5],
                    Optional.ofNullable((String) row[6])))
        .toList();
  }
}
