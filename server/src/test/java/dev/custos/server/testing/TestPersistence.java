package dev.custos.server.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
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
            .property("hibernate.connection.datasource", dataSource)
            .property("hibernate.hbm2ddl.auto", validate ? "validate" : "none")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.xml_mapping_enabled", "false");
    entityClasses().forEach(configuration::managedClass);
    return new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
  }

  private static final Pattern CLASS_ELEMENT = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

  /** The entity classes {@code persistence.xml} lists, so that the two can never differ. */
  static List<Class<?>> entityClasses() {
    String xml;
    try (InputStream in = TestPersistence.class.getResourceAsStream("/META-INF/persistence.xml")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/persistence.xml is not on the class path");
      }
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CLASS_ELEMENT.matcher(xml).results().<Class<?>>map(m -> load(m.group(1))).toList();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("persistence.xml names a missing class: " + name, e);
    }
  }
}
