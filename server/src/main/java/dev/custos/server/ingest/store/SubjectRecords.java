package dev.custos.server.ingest.store;

import dev.custos.policies.subject.SubjectId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored records of one subject, for data-subject requests: read whole for an export, one field
 * replaced for a rectification, and counted by kind for the evidence of an erasure. Values stay as
 * the gate stored them (envelopes); the caller decrypts.
 *
 * <p>Reading costs four queries whatever the number of records (records, then their fields,
 * decisions and stamps by join), each found through the index on {@code gated_record.subject_id}
 * and the primary keys of the child tables: the time depends on the person's records, not on the
 * size of the table.
 */
@Dependent
public class SubjectRecords {

  private final EntityManager em;

  @Inject
  public SubjectRecords(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** A stored record with its kept fields, decision log and retention stamps. */
  public record Stored(
      UUID id,
      String connectorId,
      String source,
      String sourceKey,
      String sourceVersion,
      String kind,
      Instant collectedAt,
      Instant gatedAt,
      String pack,
      List<Field> fields,
      List<Decision> decisions,
      List<Stamp> stamps) {}

  /**
   * A kept field as stored: an envelope for personal fields, the plain value for operational ones.
   */
  public record Field(
      String name,
      String fieldClass,
      byte[] envelope,
      String plainValue,
      String blindIndex,
      String purposes) {
    @Override
    public String toString() {
      return "Field[" + name + ", " + fieldClass + "]";
    }
  }

  /** The gate's decision on a field. */
  public record Decision(
      String field, String fieldClass, String outcome, String purposes, String reason) {}

  /** A retention stamp; {@code deadline} is null while its start event has not happened. */
  public record Stamp(String category, String countsFrom, Instant deadline) {}

  /** The subject's records by record kind ({@code contact}, {@code feedback}, …), in name order. */
  public Map<String, Long> byKind(SubjectId subject) {
    Map<String, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "select r.kind, count(r) from GatedRecordEntity r where r.subjectId = :subject"
                + " group by r.kind order by r.kind",
            Object[].class)
        .setParameter("subject", subject.value())
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** Every record of the subject, oldest first, with its children. */
  public List<Stored> of(SubjectId subject) {
    Map<UUID, Parts> parts = new LinkedHashMap<>();
    List<Object[]> heads =
        em.createQuery(
                "select r.id, r.connectorId, r.source, r.sourceKey, r.sourceVersion, r.kind,"
                    + " r.collectedAt, r.gatedAt, r.pack from GatedRecordEntity r"
                    + " where r.subjectId = :subject order by r.collectedAt, r.id",
                Object[].class)
            .setParameter("subject", subject.value())
            .getResultList();
    if (heads.isEmpty()) {
      return List.of();
    }
    for (Object[] head : heads) {
      parts.put((UUID) head[0], new Parts());
    }
    children(
        subject,
        "select r.id, f.name, f.fieldClass, f.envelope, f.plainValue, f.blindIndex, f.purposes"
            + " from GatedRecordEntity r join r.fields f where r.subjectId = :subject"
            + " order by f.name",
        (p, row) ->
            p.fields.add(
                new Field(
                    (String) row[1],
                    (String) row[2],
                    (byte[]) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6])),
        parts);
    children(
        subject,
        "select r.id, d.field, d.fieldClass, d.outcome, d.purposes, d.reason"
            + " from GatedRecordEntity r join r.decisions d where r.subjectId = :subject"
            + " order by d.field",
        (p, row) ->
            p.decisions.add(
                new Decision(
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5])),
        parts);
    children(
        subject,
        "select r.id, s.category, s.countsFrom, s.deadline"
            + " from GatedRecordEntity r join r.stamps s where r.subjectId = :subject"
            + " order by s.category",
        (p, row) -> p.stamps.add(new Stamp((String) row[1], (String) row[2], (Instant) row[3])),
        parts);
    List<Stored> records = new ArrayList<>(heads.size());
    for (Object[] h : heads) {
      Parts p = parts.get((UUID) h[0]);
      records.add(
          new Stored(
              (UUID) h[0],
              (String) h[1],
              (String) h[2],
              (String) h[3],
              (String) h[4],
              (String) h[5],
              (Instant) h[6],
              (Instant) h[7],
              (String) h[8],
              List.copyOf(p.fields),
              List.copyOf(p.decisions),
              List.copyOf(p.stamps)));
    }
    return records;
  }

  /** The subject's fields of this name, by record id, with the record's kind (for decryption). */
  public Map<UUID, NamedField> fieldsNamed(SubjectId subject, String name) {
    Map<UUID, NamedField> found = new HashMap<>();
    em.createQuery(
            "select r.id, r.kind, f.fieldClass, f.blindIndex from GatedRecordEntity r"
                + " join r.fields f where r.subjectId = :subject and f.name = :name",
            Object[].class)
        .setParameter("subject", subject.value())
        .setParameter("name", name)
        .getResultList()
        .forEach(
            row ->
                found.put(
                    (UUID) row[0],
                    new NamedField((String) row[1], (String) row[2], (String) row[3])));
    return found;
  }

  /** Where a named field sits: its record's kind, its class and its blind index, if any. */
  public record NamedField(String recordKind, String fieldClass, String blindIndex) {}

  /**
   * Replaces one field's envelope and blind index in place. Only personal fields without a redacted
   * copy are replaced this way; the caller checks the class.
   */
  public void replace(UUID recordId, String name, byte[] envelope, Optional<String> blindIndex) {
    var update =
        em.createNativeQuery(
                "update gated_field set envelope = ?1"
                    + (blindIndex.isPresent() ? ", blind_index = ?4" : "")
                    + " where record_id = ?2 and name = ?3")
            .setParameter(1, envelope)
            .setParameter(2, recordId)
            .setParameter(3, name);
    blindIndex.ifPresent(index -> update.setParameter(4, index));
    if (update.executeUpdate() != 1) {
      throw new IllegalStateException("Field " + name + " of record " + recordId + " is gone");
    }
  }

  private interface RowSink {
    void add(Parts parts, Object[] row);
  }

  private void children(SubjectId subject, String jpql, RowSink sink, Map<UUID, Parts> parts) {
    for (Object[] row :
        em.createQuery(jpql, Object[].class)
            .setParameter("subject", subject.value())
            .getResultList()) {
      Parts p = parts.get((UUID) row[0]);
      if (p != null) {
        sink.add(p, row);
      }
    }
  }

  private static final class Parts {
    final List<Field> fields = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Stamp> stamps = new ArrayList<>();
  }
}
