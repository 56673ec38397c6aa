package dev.custos.server.retention;

import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.retention.store.RunStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts retention sweeps: on the daily schedule, when a compliance officer asks for one now, and
 * at start-up for runs a stopped server left unfinished. Runs go one at a time on one thread of
 * this node; their batches commit one by one, so progress is visible while they run.
 */
@ApplicationScoped
public class RetentionSweeps {

  /** {@value}: the time of day (UTC, HH:mm) of the daily sweep, or {@code off}. */
  public static final String DAILY_AT = "custos.retention.sweep.daily-at";

  /** {@value}: how many due stamps one batch (one transaction) handles. */
  public static final String BATCH_SIZE = "custos.retention.sweep.batch-size";

  private static final Logger LOG = Logger.getLogger(RetentionSweeps.class.getName());

  private final RetentionSweep sweep;
  private final SweepTransactions transactions;
  private final Clock clock;
  private final Optional<LocalTime> dailyAt;
  private ScheduledExecutorService executor;

  @Inject
  public RetentionSweeps(
      RetentionPlanner planner,
      Clock clock,
      SweepBatches transactions,
      ServerSweepEffects effects,
      @ConfigProperty(name = DAILY_AT, defaultValue = "02:00") String dailyAt,
      @ConfigProperty(name = BATCH_SIZE, defaultValue = "500") int batchSize) {
    this.transactions = transactions;
    this.clock = clock;
    this.dailyAt = parseDailyAt(dailyAt);
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(BATCH_SIZE + " must be from 1 to 10000");
    }
    this.sweep = new RetentionSweep(planner, clock, transactions, effects, batchSize);
  }

  /** For CDI client proxies only. */
  protected RetentionSweeps() {
    this.sweep = null;
    this.transactions = null;
    this.clock = null;
    this.dailyAt = Optional.empty();
  }

  /** Resumes unfinished runs and arms the daily schedule; called once at start-up. */
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "custos-retention-sweep");
              thread.setDaemon(true);
              return thread;
            });
    List<UUID> unfinished = transactions.inNewTransaction(em -> new RunStore(em).running());
    unfinished.forEach(id -> executor.execute(() -> finish(id)));
    dailyAt.ifPresent(time -> scheduleNext(time));
    LOG.info(
        () ->
            "Retention sweep: "
                + dailyAt.map(t -> "daily at " + t + " UTC").orElse("no schedule")
                + (unfinished.isEmpty() ? "" : ", resuming " + unfinished.size() + " run(s)"));
  }

  /**
   * Starts a run now, in the background.
   *
   * @throws ProblemException 409 when a run has not finished yet
   */
  public UUID startNow(boolean dryRun, String startedBy) {
    UUID id = sweep.start(dryRun, startedBy);
    executor.execute(() -> finish(id));
    return id;
  }

  private void finish(UUID id) {
    try {
      sweep.reopen(id);
      sweep.runToEnd(id);
    } catch (RuntimeException e) {
      // The run is marked failed with the error's type; it resumes from its checkpoint later.
      LOG.log(Level.WARNING, "Retention run " + id + " stopped: " + e.getClass().getName());
    }
  }

  private void scheduleNext(LocalTime time) {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
    ZonedDateTime next = now.with(time);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    long delay = Duration.between(now, next).toMillis();
    executor.schedule(
        () -> {
          try {
            UUID id = sweep.start(false, AuditTrail.SYSTEM);
            sweep.runToEnd(id);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled retention sweep stopped: " + e.getClass().getName());
          } finally {
            scheduleNext(time);
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  static Optional<LocalTime> parseDailyAt(String value) {
    String text = value.strip();
    if (text.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(DAILY_AT + " must be a time of day as HH:mm, or off");
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
