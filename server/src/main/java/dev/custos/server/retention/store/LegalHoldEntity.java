package dev.custos.server.retention.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A placed legal hold. Released holds are kept with who released them and when, so that a report of
 * an earlier run can still name the hold that blocked an action.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHoldEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "scope", nullable = false, length = 24)
  private String scope;

  @Column(name = "subject_id", length = 64)
  private String subjectId;

  @Column(name = "account_id", length = 64)
  private String accountId;

  @Column(name = "category", length = 32)
  private String category;

  @Column(name = "reason_code", nullable = false, length = 64)
  private String reasonCode;

  @Column(name = "placed_by", nullable = false, length = 255)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "released_by", length = 255)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  protected LegalHoldEntity() {}

  LegalHoldEntity(
      String id,
      String scope,
      String subjectId,
      String accountId,
      String category,
      String reasonCode,
      String placedBy,
      Instant placedAt) {
    this.id = id;
    this.scope = scope;
    this.subjectId = subjectId;
    this.accountId = accountId;
    this.category = category;
    this.reasonCode = reasonCode;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
  }

  void release(String by, Instant at) {
    this.releasedBy = by;
    this.releasedAt = at;
  }

  String id() {
    return id;
  }

  String scope() {
    return scope;
  }

  String subjectId() {
    return subjectId;
  }

  String accountId() {
    return accountId;
  }

  String category() {
    return category;
  }

  String reasonCode() {
    return reasonCode;
  }

  String placedBy() {
    return placedBy;
  }

  Instant placedAt() {
    return placedAt;
  }

  String releasedBy() {
    return releasedBy;
  }

  Instant releasedAt() {
    return releasedAt;
  }
}
