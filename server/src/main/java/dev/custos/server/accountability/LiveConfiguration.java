package dev.custos.server.accountability;

import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.server.connector.ConnectorHost;
import dev.custos.server.privacy.MasterKeyStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the {@link Facts} from the running server's configuration, each time it is asked. */
@Dependent
public class LiveConfiguration {

  private final PolicyPack pack;
  private final ConnectorHost connectors;
  private final RetentionPlanner planner;
  private final MasterKeyRing keys;
  private final Optional<String> keystore;
  private final Clock clock;

  @Inject
  public LiveConfiguration(
      PolicyPack pack,
      ConnectorHost connectors,
      RetentionPlanner planner,
      MasterKeyRing keys,
      @ConfigProperty(name = MasterKeyStore.KEYSTORE) Optional<String> keystore,
      Clock clock) {
    this.pack = pack;
    this.connectors = connectors;
    this.planner = planner;
    this.keys = keys;
    this.keystore = keystore.filter(s -> !s.isBlank());
    this.clock = clock;
  }

  public Facts facts() {
    return new Facts(
        clock.instant(),
        pack,
        connectors.configs(),
        planner.rules(),
        new Facts.KeyFacts(keystore.isPresent(), keys.versions(), keys.active().version()));
  }
}
