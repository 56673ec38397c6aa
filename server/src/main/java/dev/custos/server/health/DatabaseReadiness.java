package dev.custos.server.health;

import dev.custos.server.platform.Startup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up work is done and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/custos")
  private DataSource dataSource;

  @Inject private Startup startup;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database").up();
    if (!startup.isReady()) {
      return response.down().withData("reason", "starting").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return (valid ? response : response.down())
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("reason", "database unreachable").build();
    }
  }
}
