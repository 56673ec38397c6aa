package dev.custos.server.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code custos.db.datasource-class} from {@code custos.db.url}, so that an administrator
 * switches to PostgreSQL by setting the URL, user and password only. An explicit setting of the
 * class wins: this source has a lower ordinal than every standard one.
 */
public class DatabaseConfigSource implements ConfigSource {

  static final String KEY = "custos.db.datasource-class";
  static final String H2 = "org.h2.jdbcx.JdbcDataSource";
  static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, dataSourceClassFor(configuredUrl()));
  }

  @Override
  public String getName() {
    return "custos-database-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  static String dataSourceClassFor(String url) {
    return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
  }

  // Read where system properties and environment variables put it; the default URL is H2's.
  static String configuredUrl() {
    String fromProperty = System.getProperty("custos.db.url");
    return fromProperty != null ? fromProperty : System.getenv("CUSTOS_DB_URL");
  }
}
