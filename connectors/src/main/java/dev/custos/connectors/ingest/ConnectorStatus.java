package dev.custos.connectors.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A connector's status, as an administrator sees it.
 *
 * @param lastSuccess when the last run that read everything its source offered ended; how far
 *     behind the source the connector may be is measured from here
 * @param counts of the last run, or of the current one while it runs
 * @param lastError what went wrong last, naming settings and exception types, never data
 */
public record ConnectorStatus(
    String connectorId,
    ConnectorState state,
    Optional<Instant> lastRunStart,
    Optional<Instant> lastRunEnd,
    Optional<Instant> lastSuccess,
    RunCounts counts,
    Optional<String> lastError) {

  public ConnectorStatus {
    Objects.requireNonNull(connectorId, "connectorId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastRunStart, "lastRunStart");
    Objects.requireNonNull(lastRunEnd, "lastRunEnd");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(lastError, "lastError");
  }

  static ConnectorStatus stopped(String connectorId) {
    return new ConnectorStatus(
        connectorId,
        ConnectorState.STOPPED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RunCounts.NONE,
        Optional.empty());
  }
}
