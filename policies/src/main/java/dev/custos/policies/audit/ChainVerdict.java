package dev.custos.policies.audit;

import java.util.Optional;

/**
 * The result of walking the chain.
 *
 * @param events the number of sealed events walked
 * @param lastSeq the sequence number of the last event walked, 0 for an empty chain
 * @param checkpoints the number of checkpoints checked
 * @param firstBreak the first broken link, empty when the chain is intact
 */
public record ChainVerdict(
    long events, long lastSeq, long checkpoints, Optional<ChainBreak> firstBreak) {

  public boolean intact() {
    return firstBreak.isEmpty();
  }
}
