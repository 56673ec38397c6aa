package dev.custos.policies.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What all consent events share: their checks and their order. */
final class Events {

  private Events() {}

  static void check(UUID id, long sequence, Instant at, ConsentContext context) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(context, "context");
    if (sequence < 0) {
      throw new IllegalArgumentException("Consent event " + id + " has a negative sequence");
    }
  }

  static int compare(ConsentEvent a, ConsentEvent b) {
    int byTime = a.at().compareTo(b.at());
    return byTime != 0 ? byTime : Long.compare(a.sequence(), b.sequence());
  }
}
