package dev.custos.server.audit.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the sealed chain: the last sequence number and its hash. Sealing locks this one row,
 * so that only one sealer extends the chain at a time, whichever node it runs on.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHeadEntity {

  static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  protected AuditChainHeadEntity() {}

  long seq() {
    return seq;
  }

  String hash() {
    return hash;
  }

  void moveTo(long newSeq, String newHash) {
    this.seq = newSeq;
    this.hash = newHash;
  }
}
