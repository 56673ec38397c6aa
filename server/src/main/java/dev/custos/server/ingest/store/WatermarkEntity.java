package dev.custos.server.ingest.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A connector's committed position in its source. */
@Entity
@Table(name = "connector_watermark")
public class WatermarkEntity {

  @Id
  @Column(name = "connector_id", length = 64)
  private String connectorId;

  @Column(name = "watermark", nullable = false, length = 512)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WatermarkEntity() {}

  WatermarkEntity(String connectorId, String value, Instant updatedAt) {
    this.connectorId = connectorId;
    this.value = value;
    this.updatedAt = updatedAt;
  }

  void move(String newValue, Instant at) {
    this.value = newValue;
    this.updatedAt = at;
  }

  String value() {
    return value;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
