package dev.custos.server.audit;

import dev.custos.server.audit.store.AuditSealing;
import dev.custos.server.problem.SafeStackTrace;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the sealer: every {@link AuditSettings#interval()} on the server's managed scheduler, and on
 * demand before the trail is verified or exported, so that those see every committed event.
 * Appending an event stays one insert; hashing and signing happen here, in batches.
 */
@ApplicationScoped
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  private final ChainSealer sealer;
  private final AuditSigningKey key;
  private final AuditSettings settings;
  private ScheduledFuture<?> schedule;

  @Inject
  public AuditSealer(ChainSealer sealer, AuditSigningKey key, AuditSettings settings) {
    this.sealer = sealer;
    this.key = key;
    this.settings = settings;
  }

  /** For CDI client proxies only. */
  protected AuditSealer() {
    this.sealer = null;
    this.key = null;
    this.settings = null;
  }

  /** Loads (or makes) the signing key and starts sealing at the configured interval. */
  public synchronized void start() {
    key.ensureExists();
    if (schedule == null) {
      long millis = settings.interval().toMillis();
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::sealInBackground, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /** Seals every event committed so far; returns how many were sealed. */
  public long sealNow() {
    long total = 0;
    int sealed;
    do {
      sealed = sealer.sealBatch(settings.batch());
      total += sealed;
    } while (sealed == settings.batch());
    return total;
  }

  @PreDestroy
  synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  // A failed run is logged and the next one tries again; an exception would end the schedule.
  private void sealInBackground() {
    try {
      sealNow();
    } catch (AuditSealing.HeadMismatch e) {
      LOG.severe(e.getMessage());
    } catch (RuntimeException e) {
      LOG.severe("Sealing the audit trail failed: " + SafeStackTrace.of(e));
    }
  }
}
