package dev.custos.policies.consent;

import dev.custos.policies.consent.ConsentDecision.BasisWithoutConsent;
import dev.custos.policies.consent.ConsentDecision.ConsentInForce;
import dev.custos.policies.consent.ConsentDecision.ExpiredAt;
import dev.custos.policies.consent.ConsentDecision.NoConsentRecorded;
import dev.custos.policies.consent.ConsentDecision.Reason;
import dev.custos.policies.consent.ConsentDecision.RefusedAt;
import dev.custos.policies.consent.ConsentDecision.SeparateConsentRequired;
import dev.custos.policies.consent.ConsentDecision.WithdrawnAt;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.Purpose;
import dev.custos.policies.purpose.PurposeId;
import java.time.Instant;

/**
 * What a pack says about one purpose, reduced to what a decision needs, with the decisions that do
 * not depend on the ledger made once in advance.
 *
 * @param withoutEvent the decision when no event decides: allowed on the default basis if it is not
 *     consent, "no consent recorded" otherwise
 */
record PurposeRule(
    PurposeId purpose,
    LawfulBasis basis,
    boolean needsConsent,
    boolean separateConsent,
    String pack,
    ConsentDecision withoutEvent) {

  static PurposeRule of(Purpose purpose, String pack) {
    Reason reason =
        purpose.needsConsent()
            ? new NoConsentRecorded()
            : new BasisWithoutConsent(purpose.defaultBasis(), pack);
    return new PurposeRule(
        purpose.id(),
        purpose.defaultBasis(),
        purpose.needsConsent(),
        purpose.separateConsent(),
        pack,
        ConsentDecision.of(purpose.id(), purpose.defaultBasis(), pack, reason));
  }

  /** The decision when a restriction or objection stops the purpose. */
  ConsentDecision limited(Reason reason) {
    return ConsentDecision.of(purpose, basis, pack, reason);
  }

  /** The decision when the latest event at or before {@code at} is {@code latest}. */
  ConsentDecision decide(ConsentEvent latest, Instant at) {
    Reason reason =
        switch (latest) {
          case ConsentEvent.Given given -> given(given, at);
          case ConsentEvent.Withdrawn withdrawn -> new WithdrawnAt(withdrawn.id(), withdrawn.at());
          case ConsentEvent.Refused refused -> new RefusedAt(refused.id(), refused.at());
          case ConsentEvent.Expired expired -> new ExpiredAt(expired.id(), expired.at());
        };
    return ConsentDecision.of(purpose, basis, pack, reason);
  }

  private Reason given(ConsentEvent.Given given, Instant at) {
    if (given.expiresAt().isPresent() && !given.expiresAt().get().isAfter(at)) {
      return new ExpiredAt(given.id(), given.expiresAt().get());
    }
    if (separateConsent && given.form() != ConsentForm.SEPARATE) {
      return new SeparateConsentRequired(given.id());
    }
    return new ConsentInForce(given.id(), given.form());
  }
}
