package dev.custos.server.subject.store;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the subject a person's identifiers belong to, by their blind indexes only: the look-up
 * never reads or compares an identifier in clear, and it creates nothing (unlike the resolver that
 * connectors use). When identifiers lead to several subjects, the oldest wins, as in {@link
 * JpaSubjectResolver}, so that a request and the ingestion agree on who the person is.
 */
@Dependent
public class SubjectLookup {

  private final EntityManager em;

  @Inject
  public SubjectLookup(EntityManager em) {
    this.em = em;
  }

  /** The subject of the given blind indexes, or empty when none is known (or it was erased). */
  public Optional<SubjectId> find(Map<IndexKind, String> blindIndexes) {
    if (blindIndexes.isEmpty()) {
      return Optional.empty();
    }
    List<String> terms = new ArrayList<>();
    blindIndexes
        .keySet()
        .forEach(
            kind ->
                terms.add(
                    "(i.key.kind = :k_%1$s and i.key.digest = :d_%1$s)".formatted(kind.name())));
    var query =
        em.createQuery(
            "select i.subjectId, s.createdAt from SubjectIndexEntity i"
                + " join SubjectEntity s on s.id = i.subjectId where "
                + String.join(" or ", terms),
            Object[].class);
    blindIndexes.forEach(
        (kind, digest) -> {
          query.setParameter("k_" + kind.name(), kind.id());
          query.setParameter("d_" + kind.name(), digest);
        });
    return query.getResultList().stream()
        .min(
            Comparator.<Object[], Instant>comparing(row -> (Instant) row[1])
                .thenComparing(row -> (String) row[0]))
        .map(row -> new SubjectId((String) row[0]));
  }

  /**
   * The kind of index a digest of this subject is, or empty when the subject has no such index.
   * Rectification uses it to know how to index a corrected value.
   */
  public Optional<IndexKind> kindOf(SubjectId subject, String digest) {
    return em.createQuery(
            "select i.key.kind from SubjectIndexEntity i"
                + " where i.subjectId = :subject and i.key.digest = :digest",
            String.class)
        .setParameter("subject", subject.value())
        .setParameter("digest", digest)
        .getResultStream()
        .findFirst()
        .flatMap(SubjectLookup::kind);
  }

  /**
   * Moves one blind index of a subject to a corrected value's digest: the old index is removed, the
   * new one joins the subject.
   *
   * @return false when the new digest already belongs to another subject (nothing is changed)
   */
  public boolean reindex(
      SubjectId subject, IndexKind kind, String oldDigest, String newDigest, Instant at) {
    SubjectIndexEntity existing =
        em.find(SubjectIndexEntity.class, new IndexKey(kind.id(), newDigest));
    if (existing != null && !existing.subjectId().equals(subject.value())) {
      return false;
    }
    SubjectIndexEntity old = em.find(SubjectIndexEntity.class, new IndexKey(kind.id(), oldDigest));
    if (old != null && old.subjectId().equals(subject.value()) && !oldDigest.equals(newDigest)) {
      em.remove(old);
    }
    if (existing == null) {
      em.persist(
          new SubjectIndexEntity(
              new IndexKey(kind.id(), newDigest), subject.value(), "rectification", at));
    }
    em.flush();
    return true;
  }

  private static Optional<IndexKind> kind(String id) {
    for (IndexKind kind : IndexKind.values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
