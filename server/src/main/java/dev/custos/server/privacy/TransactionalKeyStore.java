package dev.custos.server.privacy;

import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data-key store as the privacy core uses it: each call joins the caller's transaction, or runs
 * in one of its own when there is none (a connector thread, a key rotation step).
 */
@Dependent
@Transactional
public class TransactionalKeyStore implements SubjectKeyStore {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public TransactionalKeyStore(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  private JpaSubjectKeyStore store() {
    return new JpaSubjectKeyStore(em, clock);
  }

  @Override
  public Optional<StoredDataKey> find(SubjectId subject) {
    return store().find(subject);
  }

  @Override
  public StoredDataKey saveIfAbsent(StoredDataKey key) {
    return store().saveIfAbsent(key);
  }

  @Override
  public Map<SubjectId, StoredDataKey> findAll(Collection<SubjectId> subjects) {
    return store().findAll(subjects);
  }

  @Override
  public List<StoredDataKey> saveAllIfAbsent(List<StoredDataKey> keys) {
    return store().saveAllIfAbsent(keys);
  }

  @Override
  public boolean replaceWrapping(
      SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
    return store().replaceWrapping(subject, keyId, expectedKekVersion, replacement);
  }

  @Override
  public boolean delete(SubjectId subject) {
    return store().delete(subject);
  }

  @Override
  public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
    return store().wrappedBy(kekVersion, after, limit);
  }
}
