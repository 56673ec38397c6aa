package dev.custos.policies.audit;

/**
 * The first place where the chain is not what was sealed.
 *
 * @param seq the sequence number where it breaks
 * @param kind what is wrong
 * @param detail one sentence for a person, with no field values (they may be tampered text)
 */
public record ChainBreak(long seq, Kind kind, String detail) {

  /** What can be wrong with a link. */
  public enum Kind {
    /** An event's fields or hash were changed: the stored hash is not the hash of its content. */
    HASH_MISMATCH,
    /** Events are missing: a sequence number is skipped, or a checkpoint names a missing event. */
    GAP,
    /**
     * An event does not follow the one before it: events were moved, swapped, inserted, or a
     * sequence number occurs twice.
     */
    REORDERED,
    /** A checkpoint's signature does not verify, or its key is unknown. */
    BAD_SIGNATURE,
    /** A signed checkpoint names a hash the chain does not have at that sequence number. */
    CHECKPOINT_MISMATCH,
    /** Sealed events follow the last checkpoint: they were added without the signing key. */
    MISSING_CHECKPOINT
  }

  /** The kind in lower case with hyphens, as the API and the command print it. */
  public String kindName() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
