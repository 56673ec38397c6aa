package dev.custos.server.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The evidence pack of one erasure: what was erased, where, when and under which key ids. It holds
 * no personal data: the subject is named by its pseudonymous id, identifiers only by the number of
 * their suppressed blind-index digests.
 *
 * @param requestReference the data-subject request the erasure answers; the evidence is found by it
 * @param subjectId the pseudonymous id of the erased subject
 * @param erasedAt when the erasure committed (or, for a replay, when it was first journalled)
 * @param destroyedKeyIds the ids of the data keys destroyed (every envelope names its key id)
 * @param suppressedDigests how many blind-index digests are on the suppression list for the subject
 * @param items what was done in each place
 * @param journalLineHash SHA-256 (hex) of the subject's line in the erasure journal
 * @param replayedAt when a replay after a restore re-applied the erasure; null if it never had to
 */
public record ErasureEvidence(
    String requestReference,
    String subjectId,
    Instant erasedAt,
    List<Integer> destroyedKeyIds,
    int suppressedDigests,
    List<ErasedItems> items,
    String journalLineHash,
    Instant replayedAt) {

  public ErasureEvidence {
    Objects.requireNonNull(requestReference, "requestReference");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(erasedAt, "erasedAt");
    Objects.requireNonNull(journalLineHash, "journalLineHash");
    destroyedKeyIds = List.copyOf(destroyedKeyIds);
    items = List.copyOf(items);
  }
}
