package dev.custos.server.subject.store;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One blind index of a subject's identifier, and the connector that first brought it. */
@Entity
@Table(name = "subject_index")
public class SubjectIndexEntity {

  @EmbeddedId private IndexKey key;

  @Column(name = "subject_id", nullable = false, length = 64)
  private String subjectId;

  @Column(name = "first_seen_connector", nullable = false, length = 64)
  private String firstSeenConnector;

  @Column(name = "first_seen_at", nullable = false)
  private Instant firstSeenAt;

  protected SubjectIndexEntity() {}

  SubjectIndexEntity(IndexKey key, String subjectId, String connector, Instant at) {
    this.key = key;
    this.subjectId = subjectId;
    this.firstSeenConnector = connector;
    this.firstSeenAt = at;
  }

  String subjectId() {
    return subjectId;
  }
}
