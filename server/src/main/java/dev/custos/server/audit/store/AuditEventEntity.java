package dev.custos.server.audit.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One appended audit event. Rows are only ever inserted. */
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
}
