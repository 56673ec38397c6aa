package dev.custos.server.subject.store;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An erased person, remembered only by a blind index of one of their identifiers. */
@Entity
@Table(name = "suppression")
public class SuppressionEntity {

  @EmbeddedId private IndexKey key;

  @Column(name = "erased_at", nullable = false)
  private Instant erasedAt;

  protected SuppressionEntity() {}

  SuppressionEntity(IndexKey key, Instant erasedAt) {
    this.key = key;
    this.erasedAt = erasedAt;
  }
}
