package dev.custos.policies.audit;

import dev.custos.policies.audit.ChainBreak.Kind;
import dev.custos.policies.crypto.Ed25519Verifier;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks sealed events in sequence order together with their checkpoints and reports the first
 * broken link. The server's {@code GET /api/v1/audit/verify}, the {@code custos audit verify}
 * command and an auditor's offline check of an export all run this one walk.
 *
 * <p>What each check finds: a changed field or hash breaks the event's own hash; a deleted event
 * leaves a gap in the sequence numbers; a moved, swapped or inserted event no longer names its
 * predecessor's hash; rewriting the chain after an insertion or deletion contradicts a signed
 * checkpoint; sealed events after the last checkpoint were added without the key. Events are read
 * one at a time, so the walk needs constant memory.
 */
public final class AuditChain {

  /** Where the walk begins. */
  public enum Start {
    /** The whole trail: the first event is seq 1 and follows {@link ChainHash#GENESIS}. */
    GENESIS,
    /** An exported slice: its first event's {@code prev_hash} is taken as given. */
    ANCHORED
  }

  private AuditChain() {}

  /**
   * Verifies the chain.
   *
   * @param events sealed events ordered by {@code seq} (ties in any stable order)
   * @param checkpoints checkpoints ordered by {@code seq}
   * @param keys the public key for a key id, empty when the key is unknown
   */
  public static ChainVerdict verify(
      Iterator<ChainedEvent> events,
      Iterator<Checkpoint> checkpoints,
      Function<String, Optional<Ed25519Verifier>> keys,
      Start start) {
    Walk walk = new Walk(checkpoints, keys, start);
    while (events.hasNext()) {
      Optional<ChainBreak> broken = walk.step(events.next());
      if (broken.isPresent()) {
        return walk.verdict(broken);
      }
    }
    return walk.verdict(walk.finish());
  }

  private static final class Walk {
    private final Iterator<Checkpoint> checkpoints;
    private final Function<String, Optional<Ed25519Verifier>> keys;
    private final Start start;
    private Checkpoint checkpoint;
    private ChainedEvent last;
    private long lastCheckpointSeq;
    private long events;
    private long checked;

    Walk(
        Iterator<Checkpoint> checkpoints,
        Function<String, Optional<Ed25519Verifier>> keys,
        Start start) {
      this.checkpoints = checkpoints;
      this.keys = keys;
      this.start = start;
      this.checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    Optional<ChainBreak> step(ChainedEvent e) {
      long expected;
      String expectedPrev;
      if (last != null) {
        expected = last.seq() + 1;
        expectedPrev = last.hash();
      } else if (start == Start.GENESIS) {
        expected = 1;
        expectedPrev = ChainHash.GENESIS;
      } else {
        expected = e.seq();
        expectedPrev = e.prevHash();
        lastCheckpointSeq = e.seq() - 1;
        while (checkpoint != null && checkpoint.seq() < e.seq()) {
          nextCheckpoint();
        }
      }
      if (e.seq() > expected) {
        return broken(
            expected,
            Kind.GAP,
            e.seq() - 1 > expected
                ? "Events " + expected + " to " + (e.seq() - 1) + " are missing."
                : "Event " + expected + " is missing.");
      }
      if (e.seq() < expected) {
        return broken(
            e.seq(), Kind.REORDERED, "Sequence number " + e.seq() + " occurs more than once.");
      }
      if (!ChainHash.isWellFormed(e.prevHash())
          || !ChainHash.isWellFormed(e.hash())
          || !ChainHash.next(e.prevHash(), e.fields()).equals(e.hash())) {
        return broken(
            e.seq(), Kind.HASH_MISMATCH, "The event's content does not match its stored hash.");
      }
      if (!e.prevHash().equals(expectedPrev)) {
        return broken(
            e.seq(),
            Kind.REORDERED,
            "The event does not follow the event before it: events were moved, swapped or"
                + " inserted.");
      }
      Optional<ChainBreak> atCheckpoint = checkpointAt(e);
      if (atCheckpoint.isPresent()) {
        return atCheckpoint;
      }
      last = e;
      events++;
      return Optional.empty();
    }

    private Optional<ChainBreak> checkpointAt(ChainedEvent e) {
      while (checkpoint != null && checkpoint.seq() == e.seq()) {
        Optional<Ed25519Verifier> key = keys.apply(checkpoint.keyId());
        if (key.isEmpty()) {
          return broken(
              e.seq(),
              Kind.BAD_SIGNATURE,
              "The checkpoint is signed with a key that is not this installation's audit key.");
        }
        if (!checkpoint.isSignedBy(key.get())) {
          return broken(e.seq(), Kind.BAD_SIGNATURE, "The checkpoint's signature is not valid.");
        }
        if (!checkpoint.hash().equals(e.hash())) {
          return broken(
              e.seq(),
              Kind.CHECKPOINT_MISMATCH,
              "The chain at this event differs from what the signed checkpoint recorded.");
        }
        lastCheckpointSeq = e.seq();
        checked++;
        nextCheckpoint();
      }
      return Optional.empty();
    }

    Optional<ChainBreak> finish() {
      long after = last == null ? (start == Start.GENESIS ? 0 : lastCheckpointSeq) : last.seq();
      if (checkpoint != null) {
        return broken(
            after + 1,
            Kind.GAP,
            "A checkpoint vouches for events up to "
                + checkpoint.seq()
                + " but the chain ends at "
                + after
                + ".");
      }
      if (last != null && lastCheckpointSeq < last.seq()) {
        return broken(
            lastCheckpointSeq + 1,
            Kind.MISSING_CHECKPOINT,
            "Events "
                + (lastCheckpointSeq + 1)
                + " to "
                + last.seq()
                + " are sealed but no signed checkpoint covers them.");
      }
      return Optional.empty();
    }

    ChainVerdict verdict(Optional<ChainBreak> broken) {
      return new ChainVerdict(events, last == null ? 0 : last.seq(), checked, broken);
    }

    private void nextCheckpoint() {
      checkpoint = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    private static Optional<ChainBreak> broken(long seq, Kind kind, String detail) {
      return Optional.of(new ChainBreak(seq, kind, detail));
    }
  }
}
