package dev.custos.server.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The URL the data source connects with ({@code custos.db.connection-url}): the configured {@code
 * custos.db.url}, and for PostgreSQL with {@code reWriteBatchedInserts=true} added unless the URL
 * sets it already. The driver then sends each JDBC batch of inserts as multi-row statements, which
 * made a first load of a CRM about half again as fast (docs/benchmarks.md). Ranked above the
 * defaults file, whose {@code custos.db.connection-url=${custos.db.url}} serves H2, and below
 * system properties and environment variables, so an administrator can still set it outright.
 */
public class DatabaseUrlSource implements ConfigSource {

  static final String KEY = "custos.db.connection-url";
  static final String REWRITE = "reWriteBatchedInserts=true";

  @Override
  public Set<String> getPropertyNames() {
    return getProperties().keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? connectionUrl(DatabaseConfigSource.configuredUrl()) : null;
  }

  @Override
  public Map<String, String> getProperties() {
    String url = connectionUrl(DatabaseConfigSource.configuredUrl());
    return url == null ? Map.of() : Map.of(KEY, url);
  }

  @Override
  public String getName() {
    return "custos-database-url";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }

  /** The URL to connect with, or null where the configured one serves as it is. */
  static String connectionUrl(String configured) {
    if (configured == null
        || !configured.startsWith("jdbc:postgresql:")
        || configured.toLowerCase(Locale.ROOT).contains("rewritebatchedinserts")) {
      return null;
    }
    return configured + (configured.contains("?") ? "&" : "?") + REWRITE;
  }
}
