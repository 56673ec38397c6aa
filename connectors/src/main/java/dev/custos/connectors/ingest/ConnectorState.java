package dev.custos.connectors.ingest;

/** Where a connector is in its life. */
public enum ConnectorState {
  /** Started and waiting for its next run. */
  IDLE,
  /** Reading its source now. */
  RUNNING,
  /** Its last run failed after its retries; the next run tries again. */
  FAILED,
  /** Not running: never started, or stopped. */
  STOPPED
}
