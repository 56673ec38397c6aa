package dev.custos.server.testing;

import dev.custos.server.account.store.AccountEntity;
import dev.custos.server.feedback.store.ResponseEntity;
import dev.custos.server.identity.store.LocalUserEntity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;

/** The server's persistence unit outside the container, on a data source of the test's choice. */
public final class TestPersistence {

  private TestPersistence() {}

  /**
   * Builds the persistence unit with the same entities as {@code persistence.xml}; with {@code
   * validate} Hibernate checks every mapping against the migrated schema and fails on a mismatch.
   */
  public static EntityManagerFactory entityManagerFactory(DataSource dataSource, boolean validate) {
    PersistenceConfiguration configuration =
        new PersistenceConfiguration("custos-test")
            .provider(HibernatePersistenceProvider.class.getName())
            .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
            .managedClass(AccountEntity.class)
            .managedClass(ResponseEntity.class)
            .managedClass(LocalUserEntity.class)
            .property("hibernate.connection.datasource", dataSource)
            .property("hibernate.hbm2ddl.auto", validate ? "validate" : "none")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.xml_mapping_enabled", "false");
    return new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
  }
}
