package dev.custos.server.connector.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an administrator left a connector running or stopped; absent means running. */
@Entity
@Table(name = "connector_switch")
public class ConnectorSwitchEntity {

  @Id
  @Column(name = "connector_id", length = 64)
  private String connectorId;

  @Column(name = "running", nullable = false)
  private boolean running;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ConnectorSwitchEntity() {}

  ConnectorSwitchEntity(String connectorId, boolean running, Instant changedAt) {
    this.connectorId = connectorId;
    this.running = running;
    this.changedAt = changedAt;
  }

  void turn(boolean nowRunning, Instant at) {
    this.running = nowRunning;
    this.changedAt = at;
  }

  String connectorId() {
    return connectorId;
  }

  boolean running() {
    return running;
  }
}
