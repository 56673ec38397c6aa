package dev.custos.connectors.run;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.ingest.RunCounts;
import dev.custos.connectors.ingest.SafeMessages;
import dev.custos.connectors.port.WatermarkStore;
import dev.custos.connectors.source.BrokerClients;
import dev.custos.connectors.source.BrokerDrain;
import dev.custos.connectors.source.ConnectionSource;
import dev.custos.connectors.source.DatabasePoller;
import dev.custos.connectors.source.DroppedFileReader;
import dev.custos.connectors.source.PageConsumer;
import dev.custos.connectors.source.RestPoller;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The runs of one connector. Runs of a connector never overlap: a poll that finds one in progress
 * is skipped, a file waits. A failed run records a data-free message in the connector's status and
 * rethrows, so the caller (the route) retries it. A broker connector keeps its connection between
 * runs; {@link #close()} closes it.
 */
public final class ConnectorJob implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ConnectorJob.class.getName());

  private final ConnectorConfig config;
  private final IngestPipeline pipeline;
  private final WatermarkStore watermarks;
  private final ConnectorStatusRegistry statuses;
  private final Clock clock;
  private final Map<String, String> environment;
  private final ReentrantLock running = new ReentrantLock();
  private final Optional<BrokerDrain> broker;
  private volatile boolean stopRequested;

  /**
   * @param environment where {@code password: {env: NAME}} references are looked up
   */
  public ConnectorJob(
      ConnectorConfig config,
      IngestPipeline pipeline,
      WatermarkStore watermarks,
      ConnectorStatusRegistry statuses,
      Clock clock,
      Map<String, String> environment) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.watermarks = Objects.requireNonNull(watermarks, "watermarks");
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.environment = Map.copyOf(environment);
    this.broker = BrokerClients.drain(config, this.environment);
  }

  public String connectorId() {
    return config.id();
  }

  /**
   * Reads every row after the committed watermark, page by page.
   *
   * @return false if a run of this connector was already in progress (nothing was done)
   */
  public boolean pollDatabase() {
    if (!(config.source() instanceof SourceSettings.Database settings)) {
      throw new IllegalStateException("Connector " + config.id() + " does not poll a database");
    }
    if (!running.tryLock()) {
      return false;
    }
    try {
      DatabasePoller poller =
          new DatabasePoller(config.id(), settings, ConnectionSource.of(settings, environment));
      run(pages -> poller.run(watermarks.current(config.id()), pages), true);
      return true;
    } finally {
      running.unlock();
    }
  }

  /**
   * Reads every page of a REST source after the committed watermark.
   *
   * @return false if a run of this connector was already in progress (nothing was done)
   */
  public boolean pollRest() {
    if (!(config.source() instanceof SourceSettings.Rest settings)) {
      throw new IllegalStateException("Connector " + config.id() + " does not poll a REST source");
    }
    if (!running.tryLock()) {
      return false;
    }
    try {
      RestPoller poller = new RestPoller(config.id(), settings, environment, clock);
      run(pages -> poller.run(watermarks.current(config.id()), pages), true);
      return true;
    } finally {
      running.unlock();
    }
  }

  /**
   * Takes every message waiting in a broker's queue or topic, batch by batch, each acknowledged
   * after its records are committed.
   *
   * @return false if a run of this connector was already in progress (nothing was done)
   */
  public boolean drainBroker() {
    BrokerDrain drain =
        broker.orElseThrow(
            () -> new IllegalStateException("Connector " + config.id() + " reads no broker"));
    if (!running.tryLock()) {
      return false;
    }
    try {
      run(drain::run, true);
      return true;
    } finally {
      running.unlock();
    }
  }

  /**
   * Asks a run in progress to end before its next page: the pages committed so far stay, the
   * position stays after the last of them, messages not yet acknowledged return to the broker, and
   * the status says stopped rather than failed or idle. A file being read is read to its end: a
   * file cut short would be moved aside as failed.
   */
  public void requestStop() {
    stopRequested = true;
  }

  /** Lets runs go on to the end again after {@link #requestStop}. */
  public void allowRuns() {
    stopRequested = false;
  }

  /** Closes the broker connection, if any; unacknowledged messages return to the broker. */
  @Override
  public void close() {
    broker.ifPresent(BrokerDrain::close);
  }

  /** Reads one dropped file; a failure leaves it to the route to move it aside. */
  public void ingestFile(Path file) {
    if (!(config.source() instanceof SourceSettings.Files settings)) {
      throw new IllegalStateException("Connector " + config.id() + " does not read files");
    }
    running.lock();
    try {
      DroppedFileReader reader = new DroppedFileReader(config.id(), settings);
      run(pages -> reader.read(file, pages), false);
    } finally {
      running.unlock();
    }
  }

  /**
   * Reads one file fetched from an SFTP server; a failure leaves it to the route to move it aside.
   *
   * @param name the file's name, for the positions of its entries
   */
  public void ingestStream(String name, InputStream content) {
    if (!(config.source() instanceof SourceSettings.Files settings)) {
      throw new IllegalStateException("Connector " + config.id() + " does not read files");
    }
    running.lock();
    try {
      DroppedFileReader reader = new DroppedFileReader(config.id(), settings);
      run(pages -> reader.read(name, content, pages), false);
    } finally {
      running.unlock();
    }
  }

  /**
   * Records that the source could not be reached before any run began (an SFTP server down): the
   * status shows the error until a run succeeds.
   *
   * @param error a message without personal data
   */
  public void sourceUnavailable(String error) {
    statuses.runFailed(config.id(), clock.instant(), "Connector " + config.id() + " " + error);
    LOG.log(Level.WARNING, () -> "Connector " + config.id() + " " + error);
  }

  /**
   * @param stoppable whether {@link #requestStop} ends the run before its next page
   */
  private void run(Reading reading, boolean stoppable) {
    statuses.runStarted(config.id(), clock.instant());
    try {
      reading.read(
          (page, watermark) -> {
            if (stoppable && stopRequested) {
              throw new StopRequested();
            }
            statuses.counted(config.id(), pipeline.ingest(page, watermark));
          });
      statuses.runFinished(config.id(), clock.instant());
      RunCounts counts = statuses.status(config.id()).map(s -> s.counts()).orElse(RunCounts.NONE);
      LOG.log(Level.INFO, () -> "Connector " + config.id() + " ran: " + counts);
    } catch (StopRequested stop) {
      LOG.log(
          Level.INFO,
          () ->
              "Connector "
                  + config.id()
                  + " stopped during a run; it goes on after its last stored page when started");
    } catch (RuntimeException e) {
      ConnectorException safe =
          e instanceof ConnectorException ce
              ? ce
              : new ConnectorException(
                  "Connector " + config.id() + " failed: " + SafeMessages.of(e), e);
      statuses.runFailed(config.id(), clock.instant(), safe.getMessage());
      if (!stopRequested) {
        LOG.log(Level.WARNING, () -> safe.getMessage() + "; the route retries it");
        throw safe;
      }
      LOG.log(Level.WARNING, () -> safe.getMessage() + "; the connector is stopped");
    }
    if (stopRequested) {
      // A run that ended as the stop came must not leave the status at idle.
      statuses.stopped(config.id());
    }
  }

  /** Ends a run between two pages; carries no message and no stack. */
  private static final class StopRequested extends RuntimeException {
    StopRequested() {
      super(null, null, false, false);
    }
  }

  @FunctionalInterface
  private interface Reading {
    void read(PageConsumer pages);
  }
}
