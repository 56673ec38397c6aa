package dev.custos.server.consent;

import dev.custos.policies.consent.ConsentDecision;

/**
 * A consent decision as the API shows it: whether the purpose may be processed now, on which basis,
 * and why, citing ledger event ids and instants only.
 *
 * @param reason the kind of reason: consent-in-force, basis-without-consent, no-consent-recorded,
 *     withdrawn, refused, expired, separate-consent-required, restricted or objected
 * @param explanation the reason as a sentence, as decision logs show it
 * @param eventId the ledger event that decided, if one did
 */
public record DecisionView(
    String purpose,
    boolean allowed,
    String basis,
    String pack,
    String reason,
    String explanation,
    String eventId) {

  static DecisionView of(ConsentDecision decision) {
    return new DecisionView(
        decision.purpose().value(),
        decision.allowed(),
        decision.basis().id(),
        decision.pack(),
        reasonKind(decision.reason()),
        decision.explanation(),
        decision.reason().eventId().map(Object::toString).orElse(null));
  }

  private static String reasonKind(ConsentDecision.Reason reason) {
    return switch (reason) {
      case ConsentDecision.ConsentInForce r -> "consent-in-force";
      case ConsentDecision.BasisWithoutConsent r -> "basis-without-consent";
      case ConsentDecision.NoConsentRecorded r -> "no-consent-recorded";
      case ConsentDecision.WithdrawnAt r -> "withdrawn";
      case ConsentDecision.RefusedAt r -> "refused";
      case ConsentDecision.ExpiredAt r -> "expired";
      case ConsentDecision.SeparateConsentRequired r -> "separate-consent-required";
      case ConsentDecision.RestrictedAt r -> "restricted";
      case ConsentDecision.ObjectedAt r -> "objected";
    };
  }
}
