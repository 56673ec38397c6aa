package dev.custos.connectors.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A row held in quarantine.
 *
 * @param reason what is wrong and what to do, naming fields but never their values
 * @param sealedRow the row as read from the source, encrypted by the connector under its own
 *     quarantine key (so it can be retried, and erased by destroying that key)
 */
public record QuarantinedRow(
    String connectorId,
    String sourceKey,
    String sourceVersion,
    String reason,
    Instant at,
    byte[] sealedRow) {

  public QuarantinedRow {
    Objects.requireNonNull(connectorId, "connectorId");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(sourceVersion, "sourceVersion");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(sealedRow, "sealedRow");
  }

  @Override
  public String toString() {
    return "QuarantinedRow["
        + connectorId
        + ", "
        + sourceKey
        + "@"
        + sourceVersion
        + ", "
        + reason
        + "]";
  }
}
