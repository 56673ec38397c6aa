package dev.custos.policies.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal hold: while it is active, no retention action touches the data it covers, whatever the
 * rules say (litigation, a regulator's inquiry, a disputed data-subject request).
 *
 * @param id the hold's id, shown in decisions and audit events
 * @param scope what it covers
 * @param reasonCode a short code for why, for example {@code litigation} or {@code
 *     regulator-inquiry}; a code rather than free text, so that it never carries personal data
 * @param from when it starts to apply
 * @param until when it stops applying (exclusive); empty while it is indefinite
 * @param placedBy the user id of whoever placed it
 */
public record LegalHold(
    String id,
    HoldScope scope,
    String reasonCode,
    Instant from,
    Optional<Instant> until,
    String placedBy) {

  public LegalHold {
    requireText(id, "id");
    Objects.requireNonNull(scope, "scope");
    requireText(reasonCode, "reasonCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    requireText(placedBy, "placedBy");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("Legal hold " + id + " ends before it starts");
    }
  }

  /** An indefinite hold, in force until it is lifted. */
  public static LegalHold indefinite(
      String id, HoldScope scope, String reasonCode, Instant from, String placedBy) {
    return new LegalHold(id, scope, reasonCode, from, Optional.empty(), placedBy);
  }

  /** Whether the hold applies at {@code now}: from its start (inclusive) to its end (exclusive). */
  public boolean isActiveAt(Instant now) {
    return !now.isBefore(from) && (until.isEmpty() || now.isBefore(until.get()));
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("A legal hold needs a non-blank " + name);
    }
  }
}
