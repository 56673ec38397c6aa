package dev.custos.server.subject.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Evidence of one resolution: which subject a connector's record was given to, on which kinds of
 * index, and which other subjects matched too (a conflict left for a person to merge).
 */
@Entity
@Table(name = "subject_match")
public class SubjectMatchEntity {

  @Id private UUID id;

  @Column(name = "subject_id", nullable = false, length = 64)
  private String subjectId;

  @Column(name = "connector_id", nullable = false, length = 64)
  private String connectorId;

  @Column(name = "source_key", length = 255)
  private String sourceKey;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "kinds_matched", nullable = false, length = 200)
  private String kindsMatched;

  @Column(name = "conflicting_subjects", length = 2000)
  private String conflictingSubjects;

  @Column(name = "matched_at", nullable = false)
  private Instant matchedAt;

  protected SubjectMatchEntity() {}

  SubjectMatchEntity(
      String subjectId,
      String connectorId,
      String sourceKey,
      String outcome,
      String kindsMatched,
      String conflictingSubjects,
      Instant matchedAt) {
    this.id = UUID.randomUUID();
    this.subjectId = subjectId;
    this.connectorId = connectorId;
    this.sourceKey = sourceKey;
    this.outcome = outcome;
    this.kindsMatched = kindsMatched;
    this.conflictingSubjects = conflictingSubjects;
    this.matchedAt = matchedAt;
  }
}
