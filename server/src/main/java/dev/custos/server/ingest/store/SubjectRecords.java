package dev.custos.server.ingest.store;

import dev.custos.policies.subject.SubjectId;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts of a subject's stored records, for the evidence of an erasure. One index-backed query
 * ({@code gated_record_subject}): its cost follows the subject's own records, not the table's.
 */
public final class SubjectRecords {

  private final EntityManager em;

  public SubjectRecords(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

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
}
