package dev.custos.server.account.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes accounts. Every listing takes an optional scope: the external ids a caller is
 * limited to, applied in the query so that counts never leak other accounts.
 */
@Dependent
public class AccountStore {

  private final EntityManager em;

  @Inject
  public AccountStore(EntityManager em) {
    this.em = em;
  }

  public void add(AccountEntity account) {
    em.persist(account);
  }

  /** Writes pending changes now, so that a version conflict surfaces inside the caller. */
  public void flush() {
    em.flush();
  }

  public Optional<AccountEntity> find(UUID id) {
    return Optional.ofNullable(em.find(AccountEntity.class, id));
  }

  public Optional<AccountEntity> findByExternalId(String externalId) {
    return em.createQuery(
            "select a from AccountEntity a where a.externalId = :id", AccountEntity.class)
        .setParameter("id", externalId)
        .getResultStream()
        .findFirst();
  }

  /** Maps the given external ids to internal ids; unknown ones are absent from the result. */
  public Map<String, UUID> idsByExternalId(Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select a.externalId, a.id from AccountEntity a where a.externalId in :ids",
            Object[].class)
        .setParameter("ids", Set.copyOf(externalIds))
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (UUID) row[1]));
  }

  public List<AccountEntity> list(Optional<Set<String>> scope, int offset, int limit) {
    if (scope.isPresent() && scope.get().isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
            "select a from AccountEntity a"
                + (scope.isPresent() ? " where a.externalId in :scope" : "")
                + " order by a.externalId",
            AccountEntity.class);
    scope.ifPresent(s -> query.setParameter("scope", s));
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Optional<Set<String>> scope) {
    if (scope.isPresent() && scope.get().isEmpty()) {
      return 0;
    }
    var query =
        em.createQuery(
            "select count(a) from AccountEntity a"
                + (scope.isPresent() ? " where a.externalId in :scope" : ""),
            Long.class);
    scope.ifPresent(s -> query.setParameter("scope", s));
    return query.getSingleResult();
  }
}
