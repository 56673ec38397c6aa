package dev.custos.server.request.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One data-subject request and where it stands in its lifecycle. The person is named only by the
 * subject id their identifiers led to and by the blind indexes of those identifiers ({@code
 * kind:digest} pairs, comma-separated), so the row holds no identifier in clear.
 */
@Entity
@Table(name = "subject_request")
public class SubjectRequestEntity {

  @Id private UUID id;

  @Column(name = "request_type", nullable = false, length = 16)
  private String type;

  @Column(name = "jurisdiction", nullable = false, length = 8)
  private String jurisdiction;

  @Column(name = "status", nullable = false, length = 24)
  private String status;

  @Column(name = "subject_id", length = 64)
  private String subjectId;

  @Column(name = "identifiers", nullable = false, length = 400)
  private String identifiers;

  @Column(name = "purpose", length = 64)
  private String purpose;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by", length = 255)
  private String verifiedBy;

  @Column(name = "verification_method", length = 32)
  private String verificationMethod;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "extended_at")
  private Instant extendedAt;

  @Column(name = "extension_reason", length = 2000)
  private String extensionReason;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 255)
  private String closedBy;

  @Column(name = "closing_note", length = 2000)
  private String closingNote;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SubjectRequestEntity() {}

  public SubjectRequestEntity(
      UUID id,
      String type,
      String jurisdiction,
      String status,
      String subjectId,
      String identifiers,
      String purpose,
      Instant receivedAt,
      Instant dueAt,
      String createdBy) {
    this.id = id;
    this.type = type;
    this.jurisdiction = jurisdiction;
    this.status = status;
    this.subjectId = subjectId;
    this.identifiers = identifiers;
    this.purpose = purpose;
    this.receivedAt = receivedAt;
    this.dueAt = dueAt;
    this.createdBy = createdBy;
  }

  /** Moves the request to another status of its lifecycle; the caller checks the transition. */
  public void moveTo(String newStatus) {
    this.status = newStatus;
  }

  /** The identity of the requester was checked; the subject may be found only now. */
  public void verified(String subject, Instant at, String by, String method) {
    this.subjectId = subject;
    this.verifiedAt = at;
    this.verifiedBy = by;
    this.verificationMethod = method;
  }

  public void started(Instant at) {
    this.startedAt = at;
  }

  public void extend(Instant newDue, Instant at, String reason) {
    this.dueAt = newDue;
    this.extendedAt = at;
    this.extensionReason = reason;
  }

  /** Records who ended the request, when, and their note or reason. */
  public void closed(Instant at, String by, String note) {
    this.closedAt = at;
    this.closedBy = by;
    this.closingNote = note;
  }

  public UUID id() {
    return id;
  }

  public String type() {
    return type;
  }

  public String jurisdiction() {
    return jurisdiction;
  }

  public String status() {
    return status;
  }

  public String subjectId() {
    return subjectId;
  }

  public String identifiers() {
    return identifiers;
  }

  public String purpose() {
    return purpose;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public String verificationMethod() {
    return verificationMethod;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant extendedAt() {
    return extendedAt;
  }

  public String extensionReason() {
    return extensionReason;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public String closingNote() {
    return closingNote;
  }

  public long version() {
    return version;
  }
}
