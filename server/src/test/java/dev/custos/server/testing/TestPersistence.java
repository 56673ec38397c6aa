package dev.custos.server.testing;

import dev.custos.server.account.store.AccountEntity;
import dev.custos.server.feedback.store.ResponseEntity;
import dev.custos.server.identity.store.LocalUserEntity;
import dev.custos.server.ingest.store.DecisionRow;
import dev.custos.server.ingest.store.FieldRow;
import dev.custos.server.ingest.store.GatedRecordEntity;
import dev.custos.server.ingest.store.QuarantineEntity;
import dev.custos.server.ingest.store.StampRow;
import dev.custos.server.ingest.store.WatermarkEntity;
import dev.custos.server.privacy.store.SubjectKeyEntity;
import dev.custos.server.subject.store.IndexKey;
import dev.custos.server.subject.store.SubjectEntity;
import dev.custos.server.subject.store.SubjectIndexEntity;
import dev.custos.server.subject.store.SubjectMatchEntity;
import dev.custos.server.subject.store.SuppressionEntity;
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
            .managedClass(SubjectEntity.class)
            .managedClass(SubjectIndexEntity.class)
            .managedClass(SubjectMatchEntity.class)
            .managedClass(SuppressionEntity.class)
            .managedClass(IndexKey.class)
            .managedClass(SubjectKeyEntity.class)
            .managedClass(GatedRecordEntity.class)
            .managedClass(FieldRow.class)
            .managedClass(DecisionRow.class)
            .managedClass(StampRow.class)
            .managedClass(WatermarkEntity.class)
            .managedClass(QuarantineEntity.class)
            .property("hibernate.connection.datasource", dataSource)
            .property("hibernate.hbm2ddl.auto", validate ? "validate" : "none")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.xml_mapping_enabled", "false");
    return new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
  }
}
