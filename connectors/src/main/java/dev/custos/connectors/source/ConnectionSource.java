package dev.custos.connectors.source;

import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.ConnectorException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Opens connections to a connector's database; one connection serves one run. */
@FunctionalInterface
public interface ConnectionSource {

  Connection open() throws SQLException;

  /**
   * Connections through {@link DriverManager}, with the password read from its reference at each
   * open, so a rotated secret is picked up without a restart.
   */
  static ConnectionSource of(SourceSettings.Database settings, Map<String, String> environment) {
    return () -> {
      String password;
      try {
        password = settings.password().read(environment);
      } catch (IllegalStateException e) {
        // Its message names the file or variable, never the secret: safe to show an admin.
        throw new ConnectorException(e.getMessage(), e);
      }
      return DriverManager.getConnection(settings.url(), settings.user(), password);
    };
  }
}
