package dev.custos.server.connector;

import dev.custos.connectors.camel.ConnectorRuntime;
import dev.custos.connectors.camel.RetryPolicy;
import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.ingest.PrivacyServices;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.purpose.PolicyPack;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the connector runtime (Camel 4 has no CDI integration): loads every connector file of the
 * connectors directory at start-up, starts them, and stops them when the server stops. A broken
 * file stops the start with its file:line errors, so that no connector runs half-configured.
 */
@ApplicationScoped
public class ConnectorHost {

  private static final Logger LOG = Logger.getLogger(ConnectorHost.class.getName());

  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();
  private final PrivacyServices privacy;
  private final ConnectorPorts ports;
  private final PolicyPack pack;
  private final Clock clock;
  private final String directory;
  private final ConnectorSwitchboard switchboard;
  private ConnectorRuntime runtime;
  private List<ConnectorConfig> configs = List.of();

  @Inject
  public ConnectorHost(
      PrivacyGate gate,
      BlindIndexer indexer,
      FieldCipher cipher,
      PolicyPack pack,
      Clock clock,
      TransactionalPorts.Sink sink,
      TransactionalPorts.Watermarks watermarks,
      TransactionalPorts.Resolver resolver,
      TransactionalPorts.Consent consent,
      TransactionalPorts.Quarantined quarantine,
      ConnectorSwitchboard switchboard,
      TransactionalPorts.Page pages,
      @ConfigProperty(name = "custos.connectors.dir") String directory) {
    this.privacy = new PrivacyServices(gate, indexer, cipher);
    this.ports = new ConnectorPorts(sink, watermarks, resolver, consent, quarantine, pages);
    this.pack = pack;
    this.clock = clock;
    this.directory = directory;
    this.switchboard = switchboard;
  }

  /** For CDI client proxies only. */
  protected ConnectorHost() {
    this.privacy = null;
    this.ports = null;
    this.pack = null;
    this.clock = null;
    this.directory = null;
    this.switchboard = null;
  }

  /**
   * Loads and starts the connectors; none when the directory is absent or empty. Connectors an
   * administrator stopped stay stopped.
   */
  public synchronized void start() {
    Path dir = Path.of(directory);
    List<ConnectorConfig> configs =
        Files.isDirectory(dir) ? new ConnectorConfigLoader(pack).loadDirectory(dir) : List.of();
    this.configs = List.copyOf(configs);
    runtime =
        new ConnectorRuntime(
            configs, privacy, ports, statuses, RetryPolicy.defaults(), clock, System.getenv());
    Set<String> held = configs.isEmpty() ? Set.of() : switchboard.stopped();
    if (!configs.isEmpty()) {
      runtime.start(held);
    }
    LOG.info(
        () ->
            "Connectors started: "
                + configs.size()
                + " (from "
                + dir
                + "), of which stopped by an administrator: "
                + held.size());
  }

  /**
   * The connectors loaded at start-up, as their files describe them: the sources of personal data
   * that the records of processing list. Secrets are references only, never values.
   */
  public synchronized List<ConnectorConfig> configs() {
    return configs;
  }

  public List<ConnectorStatus> statuses() {
    return statuses.all();
  }

  public Optional<ConnectorStatus> status(String connectorId) {
    return statuses.status(connectorId);
  }

  /** Starts a run of the connector now; false when it is unknown, stopped or not running. */
  public boolean runNow(String connectorId) {
    ConnectorRuntime current = current();
    return current != null && current.runNow(connectorId);
  }

  /** Whether a connector of this id is configured. */
  public boolean knows(String connectorId) {
    ConnectorRuntime current = current();
    return current != null && current.knows(connectorId);
  }

  /** Whether the connector is stopped by an administrator. */
  public boolean isStopped(String connectorId) {
    ConnectorRuntime current = current();
    return current != null && current.isStopped(connectorId);
  }

  /**
   * Stops a connector and keeps it stopped across restarts.
   *
   * @return false if it is unknown
   */
  public boolean stopConnector(String connectorId) {
    ConnectorRuntime current = current();
    if (current == null || !current.knows(connectorId)) {
      return false;
    }
    switchboard.turn(connectorId, false);
    return current.stopConnector(connectorId);
  }

  /**
   * Starts a stopped connector; its first run begins at once.
   *
   * @return false if it is unknown
   */
  public boolean startConnector(String connectorId) {
    ConnectorRuntime current = current();
    if (current == null || !current.knows(connectorId)) {
      return false;
    }
    switchboard.turn(connectorId, true);
    return current.startConnector(connectorId);
  }

  /**
   * Takes a quarantined row in again under its connector's current mapping, in the caller's
   * transaction.
   *
   * @return empty when the connector is not configured (any more)
   */
  public Optional<IngestPipeline.Retried> retry(
      String connectorId, String position, byte[] sealedRow) {
    ConnectorRuntime current = current();
    return current == null ? Optional.empty() : current.retry(connectorId, position, sealedRow);
  }

  private synchronized ConnectorRuntime current() {
    return runtime;
  }

  @PreDestroy
  synchronized void stop() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
