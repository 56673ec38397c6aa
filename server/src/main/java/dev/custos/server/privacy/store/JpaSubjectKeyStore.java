package dev.custos.server.privacy.store;

import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.subject.SubjectId;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Wrapped data keys in {@code subject_key}, in the caller's transaction. Every method is one
 * statement (or one insert guarded by a savepoint), so threads and nodes sharing the database never
 * see half a change. Reads are projections, never managed entities, so nothing is cached between
 * calls.
 */
public final class JpaSubjectKeyStore implements SubjectKeyStore {

  /** The SQL state of a unique or primary key violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String SELECT =
      "select k.subjectId, k.keyId, k.kekVersion, k.wrapped from SubjectKeyEntity k";

  private static final String INSERT =
      "insert into subject_key (subject_id, key_id, kek_version, wrapped, created_at)"
          + " values (?, ?, ?, ?, ?)";

  private static final int IN_LIST_CHUNK = 1000;

  private final EntityManager em;
  private final Clock clock;

  public JpaSubjectKeyStore(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<StoredDataKey> find(SubjectId subject) {
    return em.createQuery(SELECT + " where k.subjectId = :subject", Object[].class)
        .setParameter("subject", subject.value())
        .getResultStream()
        .findFirst()
        .map(JpaSubjectKeyStore::toKey);
  }

  /**
   * Inserts under a savepoint: when another transaction inserted the subject's key first, the
   * primary key refuses this one, the savepoint undoes only the failed insert, and the key that won
   * is read back, so the caller's transaction stays usable.
   */
  @Override
  public StoredDataKey saveIfAbsent(StoredDataKey key) {
    Optional<StoredDataKey> existing = find(key.subject());
    if (existing.isPresent()) {
      return existing.get();
    }
    boolean inserted = em.unwrap(Session.class).doReturningWork(c -> insertUnlessPresent(c, key));
    if (inserted) {
      return key;
    }
    return find(key.subject())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The data key of subject " + key.subject() + " vanished during its creation"));
  }

  @Override
  public Map<SubjectId, StoredDataKey> findAll(Collection<SubjectId> subjects) {
    Map<SubjectId, StoredDataKey> found = new HashMap<>();
    List<String> ids = subjects.stream().map(SubjectId::value).distinct().toList();
    // In chunks: PostgreSQL takes at most 32,767 bind parameters per statement.
    for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
      em.createQuery(SELECT + " where k.subjectId in :subjects", Object[].class)
          .setParameter("subjects", ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
          .getResultList()
          .forEach(
              row -> {
                StoredDataKey key = toKey(row);
                found.put(key.subject(), key);
              });
    }
    return found;
  }

  /**
   * Inserts all keys in one JDBC batch under a savepoint. When any subject got a key from another
   * transaction meanwhile, the savepoint undoes the whole batch and each key is saved on its own,
   * as {@link #saveIfAbsent} does, so the caller's transaction stays usable.
   */
  @Override
  public List<StoredDataKey> saveAllIfAbsent(List<StoredDataKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    boolean inserted =
        em.unwrap(Session.class).doReturningWork(c -> insertAllUnlessPresent(c, keys));
    if (inserted) {
      return List.copyOf(keys);
    }
    List<StoredDataKey> stored = new ArrayList<>(keys.size());
    for (StoredDataKey key : keys) {
      stored.add(saveIfAbsent(key));
    }
    return stored;
  }

  @Override
  public boolean replaceWrapping(
      SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
    int updated =
        em.createQuery(
                "update SubjectKeyEntity k set k.kekVersion = :version, k.wrapped = :wrapped"
                    + " where k.subjectId = :subject and k.keyId = :keyId"
                    + " and k.kekVersion = :expected")
            .setParameter("version", replacement.kekVersion())
            .setParameter("wrapped", replacement.bytes())
            .setParameter("subject", subject.value())
            .setParameter("keyId", keyId)
            .setParameter("expected", expectedKekVersion)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public boolean delete(SubjectId subject) {
    return em.createQuery("delete from SubjectKeyEntity k where k.subjectId = :subject")
            .setParameter("subject", subject.value())
            .executeUpdate()
        > 0;
  }

  @Override
  public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one key");
    }
    // subject_id is declared with a binary collation, so this order is String.compareTo order.
    var query =
        em.createQuery(
                SELECT
                    + " where k.kekVersion = :version"
                    + (after.isPresent() ? " and k.subjectId > :after" : "")
                    + " order by k.subjectId",
                Object[].class)
            .setParameter("version", kekVersion)
            .setMaxResults(limit);
    after.ifPresent(a -> query.setParameter("after", a.value()));
    return query.getResultList().stream().map(JpaSubjectKeyStore::toKey).toList();
  }

  private boolean insertUnlessPresent(Connection c, StoredDataKey key) throws SQLException {
    return insertAllUnlessPresent(c, List.of(key));
  }

  private boolean insertAllUnlessPresent(Connection c, List<StoredDataKey> keys)
      throws SQLException {
    Savepoint savepoint = c.setSavepoint();
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
      for (StoredDataKey key : keys) {
        insert.setString(1, key.subject().value());
        insert.setInt(2, key.keyId());
        insert.setInt(3, key.wrapped().kekVersion());
        insert.setBytes(4, key.wrapped().bytes());
        insert.setObject(5, now);
        if (keys.size() == 1) {
          insert.executeUpdate();
        } else {
          insert.addBatch();
        }
      }
      if (keys.size() > 1) {
        insert.executeBatch();
      }
      c.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      c.rollback(savepoint);
      if (isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** A batch reports the violation on the exception it chains, not always on its own. */
  private static boolean isUniqueViolation(SQLException e) {
    for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
      if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static StoredDataKey toKey(Object[] row) {
    return new StoredDataKey(
        new SubjectId((String) row[0]),
        (Integer) row[1],
        new WrappedKey((Integer) row[2], (byte[]) row[3]));
  }
}
