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
import java.util.List;
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
    Savepoint savepoint = c.setSavepoint();
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into subject_key (subject_id, key_id, kek_version, wrapped, created_at)"
                + " values (?, ?, ?, ?, ?)")) {
      insert.setString(1, key.subject().value());
      insert.setInt(2, key.keyId());
      insert.setInt(3, key.wrapped().kekVersion());
      insert.setBytes(4, key.wrapped().bytes());
      insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      insert.executeUpdate();
      c.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      c.rollback(savepoint);
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static StoredDataKey toKey(Object[] row) {
    return new StoredDataKey(
        new SubjectId((String) row[0]),
        (Integer) row[1],
        new WrappedKey((Integer) row[2], (byte[]) row[3]));
  }
}
