package dev.custos.connectors.ingest;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.gate.PrivacyGate;
import java.util.Objects;

/**
 * The parts of the privacy core a connector uses: the gate, the blind indexer for identity
 * resolution (the same the gate uses) and the cipher that seals quarantined rows.
 */
public record PrivacyServices(PrivacyGate gate, BlindIndexer indexer, FieldCipher cipher) {

  public PrivacyServices {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(indexer, "indexer");
    Objects.requireNonNull(cipher, "cipher");
  }
}
