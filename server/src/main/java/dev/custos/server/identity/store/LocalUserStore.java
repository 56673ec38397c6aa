package dev.custos.server.identity.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reads and writes standalone users. Callers hold the transaction. */
@Dependent
public class LocalUserStore {

  private final EntityManager em;

  @Inject
  public LocalUserStore(EntityManager em) {
    this.em = em;
  }

  public Optional<LocalUserEntity> findByUsername(String username) {
    return em.createQuery(
            "select u from LocalUserEntity u where u.username = :name", LocalUserEntity.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  public List<LocalUserEntity> list() {
    return em.createQuery(
            "select u from LocalUserEntity u order by u.username", LocalUserEntity.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(u) from LocalUserEntity u", Long.class).getSingleResult();
  }

  public void add(LocalUserEntity user) {
    em.persist(user);
  }
}
