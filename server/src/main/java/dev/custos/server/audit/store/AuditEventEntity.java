package dev.custos.server.audit.store;

import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.EventFields;
import dev.custos.server.audit.AuditEventView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One appended audit event. The application inserts rows unsealed and the sealer fills in {@code
 * seq}, {@code prevHash} and {@code hash} once; nothing else ever changes a row.
 */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 255)
  private String actor;

  @Column(name = "roles", nullable = false, length = 200)
  private String roles;

  @Column(name = "action", nullable = false, length = 64)
  private String action;

  @Column(name = "resource_type", nullable = false, length = 64)
  private String resourceType;

  @Column(name = "resource_id", length = 255)
  private String resourceId;

  @Column(name = "purpose", length = 64)
  private String purpose;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "seq")
  private Long seq;

  @Column(name = "prev_hash", length = 64)
  private String prevHash;

  @Column(name = "hash", length = 64)
  private String hash;

  protected AuditEventEntity() {}

  AuditEventEntity(
      Instant occurredAt,
      String actor,
      String roles,
      String action,
      String resourceType,
      String resourceId,
      String purpose,
      String outcome) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.roles = roles;
    this.action = action;
    this.resourceType = resourceType;
    this.resourceId = resourceId;
    this.purpose = purpose;
    this.outcome = outcome;
  }

  Long id() {
    return id;
  }

  EventFields fields() {
    return new EventFields(
        occurredAt, actor, roles, action, resourceType, resourceId, purpose, outcome);
  }

  ChainedEvent chained() {
    return new ChainedEvent(seq == null ? 0 : seq, fields(), prevHash, hash);
  }

  AuditEventView view() {
    return new AuditEventView(
        id, seq, occurredAt, actor, roles, action, resourceType, resourceId, purpose, outcome);
  }

  void seal(ChainedEvent link) {
    this.seq = link.seq();
    this.prevHash = link.prevHash();
    this.hash = link.hash();
  }
}
