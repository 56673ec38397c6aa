package dev.custos.server.subject.store;

import dev.custos.connectors.port.SubjectResolver;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.persistence.KeyListQuery;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Resolves subjects in the database, in the caller's transaction. Works on blind indexes only, so
 * neither the tables nor the evidence rows hold an identifier in clear.
 *
 * <p>A page is resolved with a few queries whatever its size, and its new rows are inserted in JDBC
 * batches by one flush. Two resolutions of the same new person racing on two threads both try to
 * insert the same index; the primary key of {@code subject_index} lets one transaction win and
 * fails the other (inside {@code resolveAll}, which flushes), whose replay then matches the winner.
 */
public final class JpaSubjectResolver implements SubjectResolver {

  static final String CREATED = "created";
  static final String MATCHED = "matched";
  static final String CONFLICT = "conflict";

  private static final int IN_LIST_CHUNK = 1000;

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
    List<String> sourceKeys = new ArrayList<>(1);
    sourceKeys.add(sourceKey);
    return resolveAll(connectorId, sourceKeys, List.of(blindIndexes)).getFirst();
  }

  @Override
  public List<Resolution> resolveAll(String connectorId, List<Map<IndexKind, String>> page) {
    return resolveAll(connectorId, Collections.nCopies(page.size(), null), page);
  }

  /**
   * Resolves a page: one query per kind of index for the suppression list and one for the stored
   * indexes of all its rows, then each row in order against those and the subjects the page itself
   * created, and one flush that inserts the new subjects, indexes and evidence in JDBC batches.
   *
   * @param sourceKeys the source key of each row (never personal data), or nulls
   */
  public List<Resolution> resolveAll(
      String connectorId, List<String> sourceKeys, List<Map<IndexKind, String>> page) {
    Objects.requireNonNull(connectorId, "connectorId");
    Set<IndexKey> wanted = new HashSet<>();
    for (Map<IndexKind, String> row : page) {
      row.entrySet().forEach(index -> wanted.add(key(index)));
    }
    Set<IndexKey> suppressed = suppressed(wanted);
    Map<IndexKey, Owner> known = owners(wanted);
    List<Resolution> resolutions = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Map<IndexKind, String> indexes = new EnumMap<>(IndexKind.class);
      indexes.putAll(page.get(i));
      if (indexes.entrySet().stream().anyMatch(e -> suppressed.contains(key(e)))) {
        resolutions.add(new Resolution.Suppressed());
      } else {
        resolutions.add(resolveOne(connectorId, sourceKeys.get(i), indexes, known));
      }
    }
    // Constraint violations (a concurrent resolution of the same person) surface here.
    em.flush();
    return resolutions;
  }

  private Resolution resolveOne(
      String connectorId,
      String sourceKey,
      Map<IndexKind, String> indexes,
      Map<IndexKey, Owner> known) {
    List<Hit> hits = new ArrayList<>();
    indexes.forEach(
        (kind, digest) -> {
          Owner owner = known.get(new IndexKey(kind.id(), digest));
          if (owner != null) {
            hits.add(new Hit(kind, owner.subjectId(), owner.createdAt()));
          }
        });
    Instant now = clock.instant();
    if (hits.isEmpty()) {
      SubjectId created = SubjectId.random();
      em.persist(new SubjectEntity(created.value(), now));
      addIndexes(created, indexes, Set.of(), connectorId, now, known, now);
      record(created, connectorId, sourceKey, CREATED, Set.of(), List.of(), now);
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
    addIndexes(chosen, indexes, taken, connectorId, now, known, oldest.subjectCreatedAt());
    String outcome = others.isEmpty() ? MATCHED : CONFLICT;
    record(chosen, connectorId, sourceKey, outcome, matchedOn, List.copyOf(others), now);
    return new Resolution.Matched(chosen, Set.copyOf(matchedOn));
  }

  /**
   * The suppressed ones among the page's indexes. Looked up by digest alone, in one statement for
   * all kinds, and filtered by kind here.
   */
  private Set<IndexKey> suppressed(Set<IndexKey> wanted) {
    Set<IndexKey> found = new HashSet<>();
    KeyListQuery.select(
            em,
            "select s.kind, s.digest from "
                + KeyListQuery.KEYS
                + " join suppression s on s.digest = wanted.k",
            digestsOf(wanted),
            row -> new IndexKey(row.getString(1), row.getString(2)))
        .forEach(found::add);
    found.retainAll(wanted);
    return found;
  }

  /**
   * The subjects that the page's indexes already belong to, looked up by digest alone ({@code
   * subject_index_digest}) and filtered by kind here.
   */
  private Map<IndexKey, Owner> owners(Set<IndexKey> wanted) {
    Map<IndexKey, String> subjects = new HashMap<>();
    KeyListQuery.select(
            em,
            "select i.kind, i.digest, i.subject_id from "
                + KeyListQuery.KEYS
                + " join subject_index i on i.digest = wanted.k",
            digestsOf(wanted),
            row -> Map.entry(new IndexKey(row.getString(1), row.getString(2)), row.getString(3)))
        .forEach(
            row -> {
              if (wanted.contains(row.getKey())) {
                subjects.put(row.getKey(), row.getValue());
              }
            });
    Map<String, Instant> createdAt = new HashMap<>();
    inChunks(
        subjects.values(),
        ids ->
            em.createQuery(
                    "select s.id, s.createdAt from SubjectEntity s where s.id in :ids",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> createdAt.put((String) row[0], (Instant) row[1])));
    Map<IndexKey, Owner> found = new HashMap<>();
    // A subject erased between the two statements took its indexes with it: it matches nothing.
    subjects.forEach(
        (key, subject) -> {
          Instant created = createdAt.get(subject);
          if (created != null) {
            found.put(key, new Owner(subject, created));
          }
        });
    return found;
  }

  /** In chunks: PostgreSQL takes at most 32,767 bind parameters per statement. */
  private static void inChunks(Collection<String> values, Consumer<List<String>> query) {
    List<String> all = values.stream().distinct().toList();
    for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
      query.accept(all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)));
    }
  }

  private static List<String> digestsOf(Set<IndexKey> keys) {
    return keys.stream().map(IndexKey::digest).distinct().toList();
  }

  private static IndexKey key(Map.Entry<IndexKind, String> index) {
    return new IndexKey(index.getKey().id(), index.getValue());
  }

  private void addIndexes(
      SubjectId subject,
      Map<IndexKind, String> indexes,
      Set<IndexKind> alreadyKnown,
      String connectorId,
      Instant now,
      Map<IndexKey, Owner> known,
      Instant subjectCreatedAt) {
    indexes.forEach(
        (kind, digest) -> {
          if (!alreadyKnown.contains(kind)) {
            IndexKey key = new IndexKey(kind.id(), digest);
            em.persist(new SubjectIndexEntity(key, subject.value(), connectorId, now));
            known.put(key, new Owner(subject.value(), subjectCreatedAt));
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

  /** The subject an index belongs to, and when that subject was created. */
  private record Owner(String subjectId, Instant createdAt) {}

  /** A stored index that matched: its kind and its subject. */
  private record Hit(IndexKind kind, String subjectId, Instant subjectCreatedAt) {
    /** The oldest subject wins a conflict; ties go to the smaller id, so every node agrees. */
    static final Comparator<Hit> OLDEST_FIRST =
        Comparator.comparing(Hit::subjectCreatedAt).thenComparing(Hit::subjectId);
  }
}
