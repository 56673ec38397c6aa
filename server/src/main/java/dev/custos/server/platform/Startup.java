package dev.custos.server.platform;

import dev.custos.policies.gate.PrivacyGate;
import dev.custos.server.audit.AuditSealer;
import dev.custos.server.connector.ConnectorHost;
import dev.custos.server.erasure.ErasureReplay;
import dev.custos.server.identity.IdentityMode;
import dev.custos.server.identity.InitialAdmin;
import dev.custos.server.identity.SigningKeys;
import dev.custos.server.persistence.SchemaMigration;
import dev.custos.server.privacy.MasterKeys;
import dev.custos.server.retention.RetentionSweeps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Brings the installation to a usable state before the first request: the schema is migrated, the
 * master keys are loaded (created on the first start), the audit trail's signing key exists and its
 * sealer runs, the privacy gate is built, the erasure journal is replayed onto the database, and in
 * standalone mode the token-signing key and a first administrator exist. Hibernate builds its
 * persistence unit at deployment, before this observer, which is why it must not touch tables at
 * boot.
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
      IdentityMode identityMode,
      MasterKeys masterKeys,
      Instance<PrivacyGate> privacyGate,
      ErasureReplay erasures,
      ConnectorHost connectors,
      RetentionSweeps retention,
      AuditSealer auditSealer) {
    long start = System.nanoTime();
    dataDirectory.secure();
    migration.migrate();
    masterKeys.ensureLoaded();
    auditSealer.start();
    // Builds the gate now, so that a wrong privacy setting stops the start, not the first sync.
    privacyGate.get();
    // Before any connector runs: a restored database must not let a sync meet an erased person.
    erasures.replay();
    if (identityMode.isStandalone()) {
      signingKeys.ensureExists();
      initialAdmin.ensureExists();
    }
    connectors.start();
    retention.start();
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
