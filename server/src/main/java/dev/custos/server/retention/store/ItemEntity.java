package dev.custos.server.retention.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What one run decided for one retention stamp, and why. */
@Entity
@Table(name = "retention_run_item")
@IdClass(ItemEntity.Key.class)
public class ItemEntity {

  @Id
  @Column(name = "run_id")
  private UUID runId;

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(name = "category", nullable = false, length = 32)
  private String category;

  @Column(name = "subject_id", length = 64)
  private String subjectId;

  @Column(name = "decision", nullable = false, length = 16)
  private String decision;

  @Column(name = "action", length = 24)
  private String action;

  @Column(name = "rule_text", nullable = false, length = 200)
  private String ruleText;

  @Column(name = "deadline")
  private Instant deadline;

  @Column(name = "hold_id", length = 36)
  private String holdId;

  @Column(name = "explanation", nullable = false, length = 1000)
  private String explanation;

  protected ItemEntity() {}

  ItemEntity(
      UUID runId,
      long seq,
      UUID recordId,
      String category,
      String subjectId,
      String decision,
      String action,
      String ruleText,
      Instant deadline,
      String holdId,
      String explanation) {
    this.runId = runId;
    this.seq = seq;
    this.recordId = recordId;
    this.category = category;
    this.subjectId = subjectId;
    this.decision = decision;
    this.action = action;
    this.ruleText = ruleText;
    this.deadline = deadline;
    this.holdId = holdId;
    this.explanation = explanation;
  }

  long seq() {
    return seq;
  }

  UUID recordId() {
    return recordId;
  }

  String category() {
    return category;
  }

  String subjectId() {
    return subjectId;
  }

  String decision() {
    return decision;
  }

  String action() {
    return action;
  }

  String ruleText() {
    return ruleText;
  }

  Instant deadline() {
    return deadline;
  }

  String holdId() {
    return holdId;
  }

  String explanation() {
    return explanation;
  }

  /** The item's key: its run and its place in the run. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID runId;
    private long seq;

    public Key() {}

    public Key(UUID runId, long seq) {
      this.runId = runId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && seq == key.seq && Objects.equals(runId, key.runId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, seq);
    }
  }
}
