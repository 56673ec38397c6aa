package dev.custos.connectors.camel;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorKind;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.ingest.PrivacyServices;
import dev.custos.connectors.ingest.SafeMessages;
import dev.custos.connectors.run.ConnectorJob;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Runs a set of connectors in one Camel context that it owns (Camel 4 has no CDI integration; the
 * server creates this at start-up and closes it at shutdown). Bodies are masked in every log, and
 * tracing and message history are off, since bodies and histories hold personal data.
 */
public final class ConnectorRuntime implements AutoCloseable {

  /** How long stopping a connector waits for its run in progress before it answers. */
  public static final Duration STOP_WAIT = Duration.ofSeconds(2);

  private final Map<String, ConnectorConfig> configs = new LinkedHashMap<>();
  private final Map<String, ConnectorJob> jobs = new LinkedHashMap<>();
  private final Map<String, IngestPipeline> pipelines = new LinkedHashMap<>();
  private final Set<String> stopped = new HashSet<>();
  private final ConnectorStatusRegistry statuses;
  private final RetryPolicy retries;
  private final Map<String, String> environment;
  private CamelContext camel;
  private ProducerTemplate template;
  private ExecutorService runNowThread;

  /**
   * @param environment where {@code password: {env: NAME}} references are looked up; the server
   *     passes {@code System.getenv()}
   */
  public ConnectorRuntime(
      List<ConnectorConfig> connectors,
      PrivacyServices privacy,
      ConnectorPorts ports,
      ConnectorStatusRegistry statuses,
      RetryPolicy retries,
      Clock clock,
      Map<String, String> environment) {
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.retries = Objects.requireNonNull(retries, "retries");
    this.environment = Map.copyOf(environment);
    for (ConnectorConfig config : connectors) {
      if (configs.putIfAbsent(config.id(), config) != null) {
        throw new IllegalArgumentException("Two connectors have the id " + config.id());
      }
      IngestPipeline pipeline = new IngestPipeline(config, privacy, ports, clock);
      pipelines.put(config.id(), pipeline);
      jobs.put(
          config.id(),
          new ConnectorJob(config, pipeline, ports.watermarks(), statuses, clock, environment));
    }
  }

  /**
   * Starts every connector; the first runs begin at once.
   *
   * @throws ConnectorException if Camel cannot start the routes (nothing is left running)
   */
  public synchronized void start() {
    start(Set.of());
  }

  /**
   * Starts every connector but the held ones, which stay stopped until {@link #startConnector}.
   *
   * @param held ids of connectors an administrator stopped; unknown ids are ignored
   * @throws ConnectorException if Camel cannot start the routes (nothing is left running)
   */
  public synchronized void start(Set<String> held) {
    if (camel != null) {
      throw new IllegalStateException("The connector runtime is already started");
    }
    DefaultCamelContext context = new DefaultCamelContext();
    context.getCamelContextExtension().setName("custos-connectors");
    // Bodies and message histories hold personal data: never let Camel print them.
    context.setLogMask(true);
    context.setTracing(false);
    context.setMessageHistory(false);
    context.setLogExhaustedMessageBody(false);
    context.getRegistry().bind(SafeExceptionHandler.BEAN, new SafeExceptionHandler());
    try {
      context.addRoutes(new SharedRouteConfiguration(retries));
      for (ConnectorConfig config : configs.values()) {
        boolean run = !held.contains(config.id());
        context.addRoutes(new ConnectorRoutes(config, jobs.get(config.id()), environment, run));
        if (!run) {
          stopped.add(config.id());
        }
      }
      context.start();
    } catch (Exception e) {
      context.stop();
      throw new ConnectorException("The connectors could not start: " + SafeMessages.of(e), e);
    }
    camel = context;
    template = context.createProducerTemplate();
    runNowThread =
        context.getExecutorServiceManager().newSingleThreadExecutor(this, "connector-run-now");
    for (String id : configs.keySet()) {
      if (stopped.contains(id)) {
        statuses.stopped(id);
      } else {
        statuses.idle(id);
      }
    }
  }

  /** Whether the connector is known here. */
  public boolean knows(String connectorId) {
    return configs.containsKey(connectorId);
  }

  /** Whether an administrator stopped the connector (or it was held at start). */
  public synchronized boolean isStopped(String connectorId) {
    return stopped.contains(connectorId);
  }

  /**
   * Stops one connector: no scheduled run or file pick-up begins until it is started again, and a
   * database, REST or broker run in progress ends before its next page (the pages stored so far
   * stay; the next start goes on after them). A file being read is read to its end. The caller
   * waits for the run at most {@link #STOP_WAIT}.
   *
   * @return false if the connector is unknown or the runtime is not started
   */
  public synchronized boolean stopConnector(String connectorId) {
    ConnectorConfig config = configs.get(connectorId);
    if (config == null || camel == null) {
      return false;
    }
    jobs.get(connectorId).requestStop();
    try {
      camel
          .getRouteController()
          .stopRoute(
              ConnectorRoutes.triggerRouteId(config), STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      jobs.get(connectorId).allowRuns();
      throw new ConnectorException(
          "Connector " + connectorId + " could not stop: " + SafeMessages.of(e), e);
    }
    stopped.add(connectorId);
    statuses.stopped(connectorId);
    return true;
  }

  /**
   * Starts a stopped connector; its first run begins at once.
   *
   * @return false if the connector is unknown or the runtime is not started
   */
  public synchronized boolean startConnector(String connectorId) {
    ConnectorConfig config = configs.get(connectorId);
    if (config == null || camel == null) {
      return false;
    }
    if (stopped.remove(connectorId)) {
      jobs.get(connectorId).allowRuns();
      statuses.idle(connectorId);
      try {
        camel.getRouteController().startRoute(ConnectorRoutes.triggerRouteId(config));
      } catch (Exception e) {
        stopped.add(connectorId);
        statuses.stopped(connectorId);
        throw new ConnectorException(
            "Connector " + connectorId + " could not start: " + SafeMessages.of(e), e);
      }
    }
    return true;
  }

  /**
   * Takes a quarantined row of a connector in again under its current mapping (see {@link
   * IngestPipeline#retry}); runs in the caller's thread and transaction.
   *
   * @return empty if the connector is not configured here
   */
  public Optional<IngestPipeline.Retried> retry(
      String connectorId, String position, byte[] sealedRow) {
    return Optional.ofNullable(pipelines.get(connectorId)).map(p -> p.retry(position, sealedRow));
  }

  /**
   * Runs a connector now, in the caller's thread, with the shared retries: a database or REST poll
   * reads every page after the watermark, a file drop scans its directory.
   *
   * @return false if the connector is unknown, stopped, or the runtime is not started
   */
  public synchronized boolean runNow(String connectorId) {
    ConnectorConfig config = configs.get(connectorId);
    if (config == null || camel == null || isStopped(connectorId)) {
      return false;
    }
    // The run happens on another thread: the caller (an HTTP request) does not wait for a run
    // that may read a whole source. A run already in progress makes this one a no-op.
    if (config.kind() != ConnectorKind.FILE_DROP) {
      template.asyncSend(ConnectorRoutes.runEndpoint(connectorId), exchange -> {});
      return true;
    }
    Route route = camel.getRoute(ConnectorRoutes.routeId(connectorId));
    Consumer consumer = route.getConsumer();
    if (consumer instanceof ScheduledPollConsumer poll) {
      runNowThread.execute(poll);
      return true;
    }
    return false;
  }

  /** The status of every connector of this runtime. */
  public ConnectorStatusRegistry statuses() {
    return statuses;
  }

  /** Stops every connector, letting a run in progress finish. */
  public synchronized void stop() {
    if (camel == null) {
      return;
    }
    try {
      template.close();
    } catch (Exception e) {
      // The template holds no state worth keeping; the context stop below is what matters.
    }
    camel.stop();
    camel = null;
    stopped.clear();
    jobs.values().forEach(ConnectorJob::close);
    configs.keySet().forEach(statuses::stopped);
  }

  @Override
  public void close() {
    stop();
  }
}
