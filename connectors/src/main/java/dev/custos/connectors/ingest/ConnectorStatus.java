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
 * @param totals of every run since the server started: a broker connector runs every few seconds,
 *     mostly finding nothing, so its last run rarely says how much it has taken in
 * @param lastError what went wrong last, naming settings and exception types, never data
 */
public record ConnectorStatus(
    String connectorId,
    ConnectorState state,
    Optional<Instant> lastRunStart,
    Optional<Instant> lastRunEnd,
    Optional<Instant> lastSuccess,
    RunCounts counts,
    RunCounts totals,
    Optional<String> lastError) {

  public ConnectorStatus {
    Objects.requireNonNull(connectorId, "connectorId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastRunStart, "lastRunStart");
    Objects.requireNonNull(lastRunEnd, "lastRunEnd");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(totals, "totals");
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
        RunCounts.NONE,
        Optional.empty());
  }
}
