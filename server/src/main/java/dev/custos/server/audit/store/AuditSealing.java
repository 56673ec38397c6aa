package dev.custos.server.audit.store;

import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.crypto.Ed25519Signer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Seals one batch of committed, unsealed events in the caller's transaction: locks the chain head,
 * links the events in id order after it, signs a checkpoint of the new end and moves the head. Two
 * sealers never interleave because the second waits for the head's lock.
 */
public final class AuditSealing {

  private final EntityManager em;

  public AuditSealing(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** What one batch did. */
  public record Sealed(int events, long lastSeq) {}

  /**
   * Seals up to {@code max} events.
   *
   * @throws HeadMismatch when the chain head does not match the last signed checkpoint: the head or
   *     the checkpoints were changed outside Custos, and extending the chain would vouch for that
   *     change
   */
  public Sealed sealBatch(int max, Ed25519Signer signer, Instant now) {
    AuditChainHeadEntity head =
        em.find(
            AuditChainHeadEntity.class, AuditChainHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The audit chain head row is missing");
    }
    requireHeadMatchesLastCheckpoint(head);
    List<AuditEventEntity> unsealed =
        em.createQuery(
                "select e from AuditEventEntity e where e.seq is null order by e.id",
                AuditEventEntity.class)
            .setMaxResults(max)
            .getResultList();
    if (unsealed.isEmpty()) {
      return new Sealed(0, head.seq());
    }
    long seq = head.seq();
    String hash = head.hash();
    for (AuditEventEntity event : unsealed) {
      ChainedEvent link = ChainedEvent.seal(++seq, hash, event.fields());
      event.seal(link);
      hash = link.hash();
    }
    em.persist(new AuditCheckpointEntity(Checkpoint.sign(seq, hash, signer, now)));
    head.moveTo(seq, hash);
    em.flush();
    return new Sealed(unsealed.size(), seq);
  }

  /**
   * The chain head and the last signed checkpoint disagree. The message holds sequence numbers
   * only, so it may be logged.
   */
  public static final class HeadMismatch extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    HeadMismatch(String message) {
      super(message);
    }
  }

  private void requireHeadMatchesLastCheckpoint(AuditChainHeadEntity head) {
    List<AuditCheckpointEntity> last =
        em.createQuery(
                "select c from AuditCheckpointEntity c order by c.seq desc",
                AuditCheckpointEntity.class)
            .setMaxResults(1)
            .getResultList();
    long checkpointSeq = last.isEmpty() ? 0 : last.getFirst().checkpoint().seq();
    String checkpointHash = last.isEmpty() ? head.hash() : last.getFirst().checkpoint().hash();
    if (checkpointSeq != head.seq() || !checkpointHash.equals(head.hash())) {
      throw new HeadMismatch(
          "The audit chain head (seq "
              + head.seq()
              + ") does not match the last signed checkpoint (seq "
              + checkpointSeq
              + "); sealing stopped until the trail is verified");
    }
  }
}
