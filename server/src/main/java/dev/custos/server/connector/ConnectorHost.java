package dev.custos.server.connector;

import dev.custos.connectors.camel.ConnectorRuntime;
import dev.custos.connectors.camel.RetryPolicy;
import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
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
  private ConnectorRuntime runtime;

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
      TransactionalPorts.Page pages,
      @ConfigProperty(name = "custos.connectors.dir") String directory) {
    this.privacy = new PrivacyServices(gate, indexer, cipher);
    this.ports = new ConnectorPorts(sink, watermarks, resolver, consent, quarantine, pages);
    this.pack = pack;
    this.clock = clock;
    this.directory = directory;
  }

  /** For CDI client proxies only. */
  protected ConnectorHost() {
    this.privacy = null;
    this.ports = null;
    this.pack = null;
    this.clock = null;
    this.directory = null;
  }

  /** Loads and starts the connectors; none when the directory is absent or empty. */
  public synchronized void start() {
    Path dir = Path.of(directory);
    List<ConnectorConfig> configs =
        Files.isDirectory(dir) ? new ConnectorConfigLoader(pack).loadDirectory(dir) : List.of();
    runtime =
        new ConnectorRuntime(
            configs, privacy, ports, statuses, RetryPolicy.defaults(), clock, System.getenv());
    if (!configs.isEmpty()) {
      runtime.start();
    }
    LOG.info(() -> "Connectors started: " + configs.size() + " (from " + dir + ")");
  }

  public List<ConnectorStatus> statuses() {
    return statuses.all();
  }

  public Optional<ConnectorStatus> status(String connectorId) {
    return statuses.status(connectorId);
  }

  /** Starts a run of the connector now; false when it is unknown or not running. */
  public synchronized boolean runNow(String connectorId) {
    return runtime != null && runtime.runNow(connectorId);
  }

  @PreDestroy
  synchronized void stop() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
