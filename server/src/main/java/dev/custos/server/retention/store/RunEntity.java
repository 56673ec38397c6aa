package dev.custos.server.retention.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One run of the retention sweep, real or dry: its status, the instant it judges due stamps by, its
 * checkpoint (the last stamp of the last committed batch) and its progress per category.
 */
@Entity
@Table(name = "retention_run")
public class RunEntity {

  @Id private UUID id;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(name = "status", nullable = false, length = 16)
  private String status;

  @Column(name = "started_by", nullable = false, length = 255)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "as_of", nullable = false)
  private Instant asOf;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "batches", nullable = false)
  private int batches;

  @Column(name = "batch_size", nullable = false)
  private int batchSize;

  @Column(name = "cursor_deadline")
  private Instant cursorDeadline;

  @Column(name = "cursor_record")
  private UUID cursorRecord;

  @Column(name = "cursor_category", length = 32)
  private String cursorCategory;

  @Column(name = "failure", length = 500)
  private String failure;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "retention_run_count", joinColumns = @JoinColumn(name = "run_id"))
  private List<CountRow> counts = new ArrayList<>();

  protected RunEntity() {}

  RunEntity(UUID id, boolean dryRun, String startedBy, Instant startedAt, int batchSize) {
    this.id = id;
    this.dryRun = dryRun;
    this.status = "running";
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.asOf = startedAt;
    this.batchSize = batchSize;
  }

  UUID id() {
    return id;
  }

  boolean dryRun() {
    return dryRun;
  }

  String status() {
    return status;
  }

  String startedBy() {
    return startedBy;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant asOf() {
    return asOf;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  int batches() {
    return batches;
  }

  int batchSize() {
    return batchSize;
  }

  Instant cursorDeadline() {
    return cursorDeadline;
  }

  UUID cursorRecord() {
    return cursorRecord;
  }

  String cursorCategory() {
    return cursorCategory;
  }

  String failure() {
    return failure;
  }

  List<CountRow> counts() {
    return counts;
  }

  void checkpoint(Instant deadline, UUID record, String category) {
    this.cursorDeadline = deadline;
    this.cursorRecord = record;
    this.cursorCategory = category;
    this.batches++;
  }

  void finish(String newStatus, Instant at, String why) {
    this.status = newStatus;
    this.finishedAt = at;
    this.failure = why;
  }

  void resume() {
    this.status = "running";
    this.finishedAt = null;
    this.failure = null;
  }
}
