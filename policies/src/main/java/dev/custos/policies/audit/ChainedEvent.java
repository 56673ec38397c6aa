package dev.custos.policies.audit;

import java.util.Objects;

/**
 * A sealed audit event: its place in the chain ({@code seq}, from 1), its fields, the hash of the
 * event before it and its own hash, as stored.
 */
public record ChainedEvent(long seq, EventFields fields, String prevHash, String hash) {

  public ChainedEvent {
    Objects.requireNonNull(fields, "fields");
  }

  /** Seals the fields as the event after {@code seq - 1}, whose hash is {@code prevHash}. */
  public static ChainedEvent seal(long seq, String prevHash, EventFields fields) {
    return new ChainedEvent(seq, fields, prevHash, ChainHash.next(prevHash, fields));
  }
}
