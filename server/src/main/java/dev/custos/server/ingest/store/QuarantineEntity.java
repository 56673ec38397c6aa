package dev.custos.server.ingest.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row held in quarantine, sealed under its connector's quarantine key. */
@Entity
@Table(name = "quarantine_row")
public class QuarantineEntity {

  /** A row waiting for a person to retry or discard it. */
  static final String HELD = "held";

  /** A retry took the row in (or found it stored, or its person erased): nothing left to do. */
  static final String RESOLVED = "resolved";

  /** A person discarded the row, with a note saying why. */
  static final String DISCARDED = "discarded";

  private static final byte[] EMPTY = new byte[0];

  @Id private UUID id;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connectorId;

  @Column(name = "source_key", nullable = false, length = 255)
  private String sourceKey;

  @Column(name = "source_version", nullable = false, length = 128)
  private String sourceVersion;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  @Column(name = "sealed_row", nullable = false)
  private byte[] sealedRow;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolution", length = 500)
  private String resolution;

  protected QuarantineEntity() {}

  QuarantineEntity(String connectorId, String sourceKey, String sourceVersion) {
    this.id = UUID.randomUUID();
    this.connectorId = connectorId;
    this.sourceKey = sourceKey;
    this.sourceVersion = sourceVersion;
  }

  /** Holds (or holds again) the row: a replay replaces the earlier reason and sealed row. */
  void hold(String newReason, Instant at, byte[] sealed) {
    this.reason = newReason;
    this.heldAt = at;
    this.sealedRow = sealed.clone();
    this.status = HELD;
    this.resolvedAt = null;
    this.resolution = null;
  }

  /**
   * Settles the row for good: its sealed content is dropped, since nothing will read it again.
   *
   * @param note why, without personal data
   */
  void settle(String newStatus, String note, Instant at) {
    this.status = newStatus;
    this.resolution = note;
    this.resolvedAt = at;
    this.sealedRow = EMPTY;
  }

  UUID id() {
    return id;
  }

  String connectorId() {
    return connectorId;
  }

  String sourceKey() {
    return sourceKey;
  }

  String sourceVersion() {
    return sourceVersion;
  }

  Instant heldAt() {
    return heldAt;
  }

  String reason() {
    return reason;
  }

  byte[] sealedRow() {
    return sealedRow.clone();
  }

  String status() {
    return status;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }

  String resolution() {
    return resolution;
  }
}
