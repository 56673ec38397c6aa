package dev.custos.server.subject.store;

import dev.custos.connectors.port.SubjectResolver;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Resolves subjects in the database, in the caller's transaction. Works on blind indexes only, so
 * neither the tables nor the evidence rows hold an identifier in clear.
 *
 * <p>Two resolutions of the same new person racing on two threads both try to insert the same
 * index; the primary key of {@code subject_index} lets one transaction win and fails the other
 * (inside {@code resolve}, which flushes), whose replay then matches the winner.
 */
public final class JpaSubjectResolver implements SubjectResolver {

  static final String CREATED = "created";
  static final String MATCHED = "matched";
  static final String CONFLICT = "conflict";

  private final EntityManager em;
  private final Clock clock;

  public JpaSubjectResolver(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Resolution resolve(String connectorId, Map<IndexKind, String> blindIndexes) {
    return resolve(connectorId, null, blindIndexes);
  }

  /**
   * Resolves as {@link #resolve(String, Map)} does, and names the source record in the evidence.
   *
   * @param sourceKey the record's key in its source (never personal data), or null
   */
  public Resolution resolve(
      String connectorId, String sourceKey, Map<IndexKind, String> blindIndexes) {
    Objects.requireNonNull(connectorId, "connectorId");
    Map<IndexKind, String> indexes = new EnumMap<>(IndexKind.class);
    indexes.putAll(blindIndexes);
    if (!indexes.isEmpty() && isSuppressed(indexes)) {
      return new Resolution.Suppressed();
    }
    List<Hit> hits = indexes.isEmpty() ? List.of() : lookUp(indexes);
    Instant now = clock.instant();
    if (hits.isEmpty()) {
      SubjectId created = SubjectId.random();
      em.persist(new SubjectEntity(created.value(), now));
      addIndexes(created, indexes, Set.of(), connectorId, now);
      record(created, connectorId, sourceKey, CREATED, Set.of(), List.of(), now);
      em.flush();
      return new Resolution.Created(created);
    }
    Hit oldest = hits.stream().min(Hit.OLDEST_FIRST).orElseThrow();
    SubjectId chosen = new SubjectId(oldest.subjectId());
    Set<IndexKind> matchedOn = EnumSet.noneOf(IndexKind.class);
    Set<IndexKind> taken = EnumSet.noneOf(IndexKind.class);
    Set<String> others = new TreeSet<>();
    for (Hit hit : hits) {
      taken.add(hit.kind());
      if (hit.subjectId().equals(oldest.subjectId())) {
        matchedOn.add(hit.kind());
      } else {
        others.add(hit.subjectId());
      }
    }
    addIndexes(chosen, indexes, taken, connectorId, now);
    String outcome = others.isEmpty() ? MATCHED : CONFLICT;
    record(chosen, connectorId, sourceKey, outcome, matchedOn, List.copyOf(others), now);
    em.flush();
    return new Resolution.Matched(chosen, Set.copyOf(matchedOn));
  }

  private boolean isSuppressed(Map<IndexKind, String> indexes) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(s) from SuppressionEntity s where " + anyOf("s", indexes), Long.class);
    bind(query, indexes);
    return query.getSingleResult() > 0;
  }

  private List<Hit> lookUp(Map<IndexKind, String> indexes) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select i.key.kind, i.subjectId, s.createdAt from SubjectIndexEntity i"
                + " join SubjectEntity s on s.id = i.subjectId where "
                + anyOf("i", indexes),
            Object[].class);
    bind(query, indexes);
    List<Hit> hits = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      hits.add(new Hit(kindOf((String) row[0]), (String) row[1], (Instant) row[2]));
    }
    return hits;
  }

  /** One condition per kind, so all indexes are looked up in a single statement. */
  private static String anyOf(String alias, Map<IndexKind, String> indexes) {
    List<String> terms = new ArrayList<>();
    for (IndexKind kind : indexes.keySet()) {
      terms.add(
          "(%1$s.key.kind = :k_%2$s and %1$s.key.digest = :d_%2$s)".formatted(alias, kind.name()));
    }
    return String.join(" or ", terms);
  }

  private static void bind(TypedQuery<?> query, Map<IndexKind, String> indexes) {
    indexes.forEach(
        (kind, digest) -> {
          query.setParameter("k_" + kind.name(), kind.id());
          query.setParameter("d_" + kind.name(), digest);
        });
  }

  private void addIndexes(
      SubjectId subject,
      Map<IndexKind, String> indexes,
      Set<IndexKind> alreadyKnown,
      String connectorId,
      Instant now) {
    indexes.forEach(
        (kind, digest) -> {
          if (!alreadyKnown.contains(kind)) {
            em.persist(
                new SubjectIndexEntity(
                    new IndexKey(kind.id(), digest), subject.value(), connectorId, now));
          }
        });
  }

  private void record(
      SubjectId subject,
      String connectorId,
      String sourceKey,
      String outcome,
      Set<IndexKind> matchedOn,
      List<String> conflicting,
      Instant now) {
    String kinds = matchedOn.stream().map(IndexKind::id).collect(Collectors.joining(","));
    em.persist(
        new SubjectMatchEntity(
            subject.value(),
            connectorId,
            sourceKey,
            outcome,
            kinds,
            conflicting.isEmpty() ? null : String.join(",", conflicting),
            now));
  }

  private static IndexKind kindOf(String id) {
    for (IndexKind kind : IndexKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalStateException("Unknown index kind in subject_index: " + id);
  }

  /** A stored index that matched: its kind and its subject. */
  private record Hit(IndexKind kind, String subjectId, Instant subjectCreatedAt) {
    /** The oldest subject wins a conflict; ties go to the smaller id, so every node agrees. */
    static final Comparator<Hit> OLDEST_FIRST =
        Comparator.comparing(Hit::subjectCreatedAt).thenComparing(Hit::subjectId);
  }
}
