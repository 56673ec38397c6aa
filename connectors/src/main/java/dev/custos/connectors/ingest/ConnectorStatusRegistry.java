package dev.custos.connectors.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The status of every connector, updated by their runs and read by the server. Thread-safe. */
public final class ConnectorStatusRegistry {

  private final ConcurrentMap<String, ConnectorStatus> statuses = new ConcurrentHashMap<>();

  /** The status of a connector, if it was ever registered. */
  public Optional<ConnectorStatus> status(String connectorId) {
    return Optional.ofNullable(statuses.get(connectorId));
  }

  /** All statuses, by connector id. */
  public List<ConnectorStatus> all() {
    Collection<ConnectorStatus> values = statuses.values();
    return values.stream()
        .sorted(java.util.Comparator.comparing(ConnectorStatus::connectorId))
        .toList();
  }

  /** A run starts: counts start again from zero. */
  public void runStarted(String connectorId, Instant at) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                ConnectorState.RUNNING,
                Optional.of(at),
                s.lastRunEnd(),
                s.lastSuccess(),
                RunCounts.NONE,
                s.totals(),
                s.lastError()));
  }

  /** A page (or file) of the current run is done. */
  public void counted(String connectorId, RunCounts page) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                s.state(),
                s.lastRunStart(),
                s.lastRunEnd(),
                s.lastSuccess(),
                s.counts().plus(page),
                s.totals().plus(page),
                s.lastError()));
  }

  /** A run ended well; an earlier error is cleared. */
  public void runFinished(String connectorId, Instant at) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                ConnectorState.IDLE,
                s.lastRunStart(),
                Optional.of(at),
                Optional.of(at),
                s.counts(),
                s.totals(),
                Optional.empty()));
  }

  /**
   * @param error a message without personal data (see {@link SafeMessages})
   */
  public void runFailed(String connectorId, Instant at, String error) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                ConnectorState.FAILED,
                s.lastRunStart(),
                Optional.of(at),
                s.lastSuccess(),
                s.counts(),
                s.totals(),
                Optional.of(error)));
  }

  /** Stopped with its runtime; the last run's figures stay visible. */
  public void stopped(String connectorId) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                ConnectorState.STOPPED,
                s.lastRunStart(),
                s.lastRunEnd(),
                s.lastSuccess(),
                s.counts(),
                s.totals(),
                s.lastError()));
  }

  /** Started and waiting for its first or next run. */
  public void idle(String connectorId) {
    update(
        connectorId,
        s ->
            new ConnectorStatus(
                connectorId,
                ConnectorState.IDLE,
                s.lastRunStart(),
                s.lastRunEnd(),
                s.lastSuccess(),
                s.counts(),
                s.totals(),
                s.lastError()));
  }

  private void update(
      String connectorId, java.util.function.UnaryOperator<ConnectorStatus> change) {
    statuses.compute(
        connectorId, (id, s) -> change.apply(s == null ? ConnectorStatus.stopped(id) : s));
  }
}
