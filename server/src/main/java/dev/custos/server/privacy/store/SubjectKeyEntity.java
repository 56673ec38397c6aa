package dev.custos.server.privacy.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A subject's data key wrapped by a master key. Mapped for schema validation and queries only:
 * {@link JpaSubjectKeyStore} changes rows with statements, never through managed instances, so a
 * compare-and-set is never undone by a stale copy in a persistence context.
 */
@Entity
@Table(name = "subject_key")
public class SubjectKeyEntity {

  @Id
  @Column(name = "subject_id", length = 64)
  private String subjectId;

  @Column(name = "key_id", nullable = false)
  private int keyId;

  @Column(name = "kek_version", nullable = false)
  private int kekVersion;

  @Column(name = "wrapped", nullable = false)
  private byte[] wrapped;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubjectKeyEntity() {}
}
