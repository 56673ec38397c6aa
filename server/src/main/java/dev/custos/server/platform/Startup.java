package dev.custos.server.platform;

import dev.custos.server.identity.IdentityMode;
import dev.custos.server.identity.InitialAdmin;
import dev.custos.server.identity.SigningKeys;
import dev.custos.server.persistence.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Brings the installation to a usable state before the first request: the schema is migrated, the
 * token-signing key exists and a first administrator exists. Hibernate builds its persistence unit
 * at deployment, before this observer, which is why it must not touch tables at boot.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());
  private final AtomicBoolean ready = new AtomicBoolean();

  void onStart(
      @Observes @Initialized(ApplicationScoped.class) Object event,
      DataDirectory dataDirectory,
      SchemaMigration migration,
      SigningKeys signingKeys,
      InitialAdmin initialAdmin,
      IdentityMode identityMode) {
    long start = System.nanoTime();
    dataDirectory.secure();
    migration.migrate();
    if (identityMode.isStandalone()) {
      signingKeys.ensureExists();
      initialAdmin.ensureExists();
    }
    ready.set(true);
    LOG.info(
        () ->
            "Custos is ready (start-up work took "
                + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms)");
  }

  /** True once start-up work has finished; the readiness check reports it. */
  public boolean isReady() {
    return ready.get();
  }
}
