package dev.custos.server.subject.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A data subject: only a pseudonymous id and when Custos first met them. */
@Entity
@Table(name = "subject")
public class SubjectEntity {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubjectEntity() {}

  SubjectEntity(String id, Instant createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  String id() {
    return id;
  }

  Instant createdAt() {
    return createdAt;
  }
}
