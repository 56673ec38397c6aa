package dev.custos.server.testing;

import dev.custos.server.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/** The persistence unit on a freshly migrated database, and work in resource-local transactions. */
public final class Jpa implements AutoCloseable {

  private final EntityManagerFactory emf;

  private Jpa(EntityManagerFactory emf) {
    this.emf = emf;
  }

  /** Migrates the database and opens the persistence unit on it. */
  public static Jpa on(DataSource dataSource) {
    SchemaMigration.migrate(dataSource);
    return new Jpa(TestPersistence.entityManagerFactory(dataSource, false));
  }

  /** Runs the work in one transaction with its own entity manager; rolls back if it throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
  }
}
