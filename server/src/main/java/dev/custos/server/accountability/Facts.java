package dev.custos.server.accountability;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.retention.RetentionRules;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the accountability documents are generated from: the configuration the server runs with at
 * this moment, read, never copied by hand.
 *
 * @param pack the active policy pack: purposes, lawful bases, field classes per purpose
 * @param connectors the loaded connectors: the sources of personal data and their field classes
 * @param rules the retention rules in force
 * @param keys how keys are kept
 */
public record Facts(
    Instant generatedAt,
    PolicyPack pack,
    List<ConnectorConfig> connectors,
    RetentionRules rules,
    KeyFacts keys) {

  public Facts {
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(pack, "pack");
    connectors = List.copyOf(connectors);
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(keys, "keys");
  }

  /**
   * @param customKeyStore whether the master key store is at a configured location rather than the
   *     data directory
   * @param versions the master key versions held
   * @param activeVersion the version new data keys are wrapped with
   */
  public record KeyFacts(boolean customKeyStore, List<Integer> versions, int activeVersion) {
    public KeyFacts {
      versions = List.copyOf(versions);
    }
  }
}
