package dev.custos.server.subject.store;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The subject side of an erasure, in the caller's transaction: the subject's blind indexes move to
 * the suppression list, and the subject, its indexes and its match evidence are deleted. Every step
 * is idempotent, so an erasure can be applied again to a restored database.
 */
public final class SubjectErasure {

  private final EntityManager em;

  public SubjectErasure(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Whether Custos holds the subject. */
  public boolean exists(SubjectId subject) {
    return em.find(SubjectEntity.class, subject.value()) != null;
  }

  /** The subject's blind indexes (kind and digest), in a stable order. */
  public List<Map.Entry<IndexKind, String>> indexes(SubjectId subject) {
    List<Map.Entry<IndexKind, String>> indexes = new ArrayList<>();
    em.createQuery(
            "select i.key.kind, i.key.digest from SubjectIndexEntity i"
                + " where i.subjectId = :subject order by i.key.kind, i.key.digest",
            Object[].class)
        .setParameter("subject", subject.value())
        .getResultList()
        .forEach(row -> indexes.add(Map.entry(kindOf((String) row[0]), (String) row[1])));
    return indexes;
  }

  /**
   * Puts each digest on the suppression list unless it is there already.
   *
   * @return how many were added
   */
  public int suppress(List<Map.Entry<IndexKind, String>> digests, Instant at) {
    if (digests.isEmpty()) {
      return 0;
    }
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              int added = 0;
              // One batch, one round trip to the database, whatever the number of digests.
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "insert into suppression (kind, digest, erased_at) select ?, ?, ?"
                          + " where not exists"
                          + " (select 1 from suppression where kind = ? and digest = ?)")) {
                for (Map.Entry<IndexKind, String> digest : digests) {
                  insert.setString(1, digest.getKey().id());
                  insert.setString(2, digest.getValue());
                  insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                  insert.setString(4, digest.getKey().id());
                  insert.setString(5, digest.getValue());
                  insert.addBatch();
                }
                for (int count : insert.executeBatch()) {
                  added += Math.max(count, 0);
                }
              }
              return added;
            });
  }

  /** Rows of the subject's match evidence. */
  public long matches(SubjectId subject) {
    return em.createQuery(
            "select count(m) from SubjectMatchEntity m where m.subjectId = :subject", Long.class)
        .setParameter("subject", subject.value())
        .getSingleResult();
  }

  /**
   * Deletes the subject; its blind indexes and match evidence go with it (the foreign keys of
   * {@code subject_index} and {@code subject_match} cascade), in one statement.
   *
   * @return true when the subject was there
   */
  public boolean forget(SubjectId subject) {
    return em.createQuery("delete from SubjectEntity s where s.id = :subject")
            .setParameter("subject", subject.value())
            .executeUpdate()
        > 0;
  }

  private static IndexKind kindOf(String id) {
    for (IndexKind kind : IndexKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalStateException("Unknown index kind in subject_index: " + id);
  }
}
