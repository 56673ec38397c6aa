package dev.custos.server.audit;

import java.time.Instant;

/**
 * The answer of {@code GET /api/v1/audit/verify}.
 *
 * @param intact true when every sealed event and checkpoint is as it was sealed
 * @param events the number of sealed events checked
 * @param lastSeq the last sequence number checked
 * @param checkpoints the number of signed checkpoints checked
 * @param unsealed events written but not sealed yet (committed after sealing began)
 * @param keyId the id of this installation's audit signing key
 * @param firstBrokenLink where the chain first breaks; null when it is intact
 */
public record VerifyReport(
    boolean intact,
    long events,
    long lastSeq,
    long checkpoints,
    long unsealed,
    String keyId,
    Instant verifiedAt,
    BrokenLink firstBrokenLink) {

  /**
   * The first broken link: its sequence number, what is wrong ({@code hash-mismatch}, {@code gap},
   * {@code reordered}, {@code bad-signature}, {@code checkpoint-mismatch}, {@code
   * missing-checkpoint}) and a sentence in the caller's language.
   */
  public record BrokenLink(long seq, String kind, String detail) {}
}
