package dev.custos.server.audit.store;

import dev.custos.policies.audit.Checkpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed checkpoint of the audit chain. Rows are only ever inserted. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpointEntity {

  @Id
  @Column(name = "seq")
  private long seq;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  @Column(name = "signature", nullable = false, length = 128)
  private String signature;

  @Column(name = "key_id", nullable = false, length = 32)
  private String keyId;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected AuditCheckpointEntity() {}

  AuditCheckpointEntity(Checkpoint c) {
    this.seq = c.seq();
    this.hash = c.hash();
    this.signature = c.signature();
    this.keyId = c.keyId();
    this.signedAt = c.signedAt();
  }

  Checkpoint checkpoint() {
    return new Checkpoint(seq, hash, signature, keyId, signedAt);
  }
}
