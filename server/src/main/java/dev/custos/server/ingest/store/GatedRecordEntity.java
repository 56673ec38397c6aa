package dev.custos.server.ingest.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A record as stored after the privacy gate, with its kept fields, decision log and retention
 * stamps. (connector, source key, source version) is unique: ingestion is idempotent.
 */
@Entity
@Table(name = "gated_record")
public class GatedRecordEntity {

  @Id private UUID id;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connectorId;

  @Column(name = "source", nullable = false, length = 64)
  private String source;

  @Column(name = "source_key", nullable = false, length = 255)
  private String sourceKey;

  @Column(name = "source_version", nullable = false, length = 128)
  private String sourceVersion;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "subject_id", length = 64)
  private String subjectId;

  @Column(name = "collected_at", nullable = false)
  private Instant collectedAt;

  @Column(name = "gated_at", nullable = false)
  private Instant gatedAt;

  @Column(name = "pack", nullable = false, length = 64)
  private String pack;

  @ElementCollection
  @CollectionTable(name = "gated_field", joinColumns = @JoinColumn(name = "record_id"))
  private List<FieldRow> fields = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "gate_decision", joinColumns = @JoinColumn(name = "record_id"))
  private List<DecisionRow> decisions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "retention_stamp", joinColumns = @JoinColumn(name = "record_id"))
  private List<StampRow> stamps = new ArrayList<>();

  protected GatedRecordEntity() {}

  GatedRecordEntity(
      String connectorId,
      String source,
      String sourceKey,
      String sourceVersion,
      String kind,
      String subjectId,
      Instant collectedAt,
      Instant gatedAt,
      String pack) {
    this.id = UUID.randomUUID();
    this.connectorId = connectorId;
    this.source = source;
    this.sourceKey = sourceKey;
    this.sourceVersion = sourceVersion;
    this.kind = kind;
    this.subjectId = subjectId;
    this.collectedAt = collectedAt;
    this.gatedAt = gatedAt;
    this.pack = pack;
  }

  void add(FieldRow field) {
    fields.add(field);
  }

  void add(DecisionRow decision) {
    decisions.add(decision);
  }

  void add(StampRow stamp) {
    stamps.add(stamp);
  }

  /** The columns of {@code gated_record}, in the order {@link RecordBatchWriter} inserts them. */
  Object[] columns() {
    return new Object[] {
      id, connectorId, source, sourceKey, sourceVersion, kind, subjectId, collectedAt, gatedAt, pack
    };
  }

  UUID id() {
    return id;
  }

  List<FieldRow> fields() {
    return fields;
  }

  List<DecisionRow> decisions() {
    return decisions;
  }

  List<StampRow> stamps() {
    return stamps;
  }
}
