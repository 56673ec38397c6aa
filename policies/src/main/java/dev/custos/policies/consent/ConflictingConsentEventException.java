package dev.custos.policies.consent;

import java.util.UUID;

/**
 * Two different events claim the same id or the same ledger sequence. Replaying an event that is
 * already folded in is harmless and ignored; this is raised only when the two differ, which means
 * the ledger that produced them is corrupt. The message cites event ids only.
 */
public final class ConflictingConsentEventException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConflictingConsentEventException(UUID existing, UUID incoming) {
    super(
        "Consent event "
            + incoming
            + " conflicts with event "
            + existing
            + ": same id or sequence, different content");
  }
}
