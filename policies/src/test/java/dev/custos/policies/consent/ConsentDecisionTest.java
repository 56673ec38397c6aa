package dev.custos.policies.consent;

import static dev.custos.policies.consent.Ledgers.at;
import static dev.custos.policies.consent.Ledgers.given;
import static dev.custos.policies.consent.Ledgers.givenUntil;
import static dev.custos.policies.consent.Ledgers.id;
import static dev.custos.policies.consent.Ledgers.refused;
import static dev.custos.policies.consent.Ledgers.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.consent.ConsentDecision.BasisWithoutConsent;
import dev.custos.policies.consent.ConsentDecision.ConsentInForce;
import dev.custos.policies.consent.ConsentDecision.ExpiredAt;
import dev.custos.policies.consent.ConsentDecision.NoConsentRecorded;
import dev.custos.policies.consent.ConsentDecision.RefusedAt;
import dev.custos.policies.consent.ConsentDecision.SeparateConsentRequired;
import dev.custos.policies.consent.ConsentDecision.WithdrawnAt;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.purpose.UnknownPurposeException;
import dev.custos.policies.subject.SubjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentDecisionTest {

  private static final PolicyPack GDPR = PolicyPacks.gdpr();
  private static final PolicyPack PIPL = PolicyPacks.pipl();
  private static final SubjectId ANNA = new SubjectId("subject-anna");
  private static final SubjectId BO = new SubjectId("subject-bo");
  private static final PurposeId MARKETING = PurposeId.of("marketing");
  private static final PurposeId FOLLOW_UP = PurposeId.of("follow-up-contact");
  private static final PurposeId SENSITIVE = PurposeId.of("sensitive-data");
  private static final PurposeId DELIVERY = PurposeId.of("service-delivery");

  private static ConsentView view(PolicyPack pack, ConsentEvent... events) {
    return ConsentView.fold(pack, List.of(events));
  }

  @Test
  void givenConsentAllowsThePurposeAndCitesTheEvent() {
    ConsentView view = view(GDPR, given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED));

    ConsentDecision decision = view.decide(ANNA, MARKETING, at(10));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.basis()).isEqualTo(LawfulBasis.CONSENT);
    assertThat(decision.pack()).isEqualTo("gdpr@1");
    assertThat(decision.reason()).isEqualTo(new ConsentInForce(id(1), ConsentForm.BUNDLED));
    assertThat(decision.reason().eventId()).contains(id(1));
  }

  @Test
  void withdrawnConsentDeniesThePurposeAndCitesTheWithdrawal() {
    ConsentView view =
        view(
            GDPR,
            given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED),
            withdrawn(2, 60, ANNA, "marketing"));

    ConsentDecision decision = view.decide(ANNA, MARKETING, at(61));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(new WithdrawnAt(id(2), at(60)));
    assertThat(decision.explanation())
        .isEqualTo("withdrawn at 2025-03-01T09:01:00Z (event " + id(2) + ")");
  }

  @Test
  void decisionsBeforeAWithdrawalStillAllow() {
    ConsentView view =
        view(
            GDPR,
            given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED),
            withdrawn(2, 60, ANNA, "marketing"));

    assertThat(view.decide(ANNA, MARKETING, at(59)).allowed()).isTrue();
    assertThat(view.decide(ANNA, MARKETING, at(60)).allowed()).isFalse();
  }

  @Test
  void noEventBeforeTheInstantMeansNoConsentRecorded() {
    ConsentView view = view(GDPR, given(1, 100, ANNA, "marketing", ConsentForm.BUNDLED));

    ConsentDecision decision = view.decide(ANNA, MARKETING, at(99));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(new NoConsentRecorded());
    assertThat(decision.explanation()).isEqualTo("no consent recorded");
  }

  @Test
  void consentPastItsExpiryIsDeniedAsExpiredAtTheExpiry() {
    ConsentView view = view(GDPR, givenUntil(1, 0, ANNA, "marketing", 3600));

    assertThat(view.decide(ANNA, MARKETING, at(3599)).allowed()).isTrue();
    ConsentDecision decision = view.decide(ANNA, MARKETING, at(3600));
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(new ExpiredAt(id(1), at(3600)));
  }

  @Test
  void anExpiredEventDeniesThePurpose() {
    ConsentView view =
        view(
            GDPR,
            given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED),
            Ledgers.expired(2, 30, ANNA, "marketing"));

    assertThat(view.decide(ANNA, MARKETING, at(31)).reason())
        .isEqualTo(new ExpiredAt(id(2), at(30)));
  }

  @Test
  void refusedConsentDeniesThePurpose() {
    ConsentView view = view(GDPR, refused(1, 0, ANNA, "follow-up-contact"));

    ConsentDecision decision = view.decide(ANNA, FOLLOW_UP, at(1));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(new RefusedAt(id(1), at(0)));
  }

  @Test
  void consentGivenAgainAfterAWithdrawalAllowsAgain() {
    ConsentView view =
        view(
            GDPR,
            given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED),
            withdrawn(2, 10, ANNA, "marketing"),
            given(3, 20, ANNA, "marketing", ConsentForm.SEPARATE));

    assertThat(view.decide(ANNA, MARKETING, at(15)).allowed()).isFalse();
    assertThat(view.decide(ANNA, MARKETING, at(20)).reason())
        .isEqualTo(new ConsentInForce(id(3), ConsentForm.SEPARATE));
  }

  @Test
  void eventsAtTheSameInstantAreOrderedBySequence() {
    ConsentEvent givenFirst = given(1, 5, ANNA, "marketing", ConsentForm.BUNDLED);
    ConsentEvent withdrawnSecond = withdrawn(2, 5, ANNA, "marketing");
    ConsentEvent givenThird = given(3, 5, BO, "marketing", ConsentForm.BUNDLED);
    ConsentEvent withdrawnFourth = withdrawn(4, 5, BO, "marketing");

    ConsentView view = view(GDPR, withdrawnSecond, givenFirst, withdrawnFourth, givenThird);

    assertThat(view.decide(ANNA, MARKETING, at(5)).reason())
        .isEqualTo(new WithdrawnAt(id(2), at(5)));
    assertThat(view.decide(BO, MARKETING, at(5)).reason()).isEqualTo(new WithdrawnAt(id(4), at(5)));
    assertThat(view.history(ANNA, MARKETING)).containsExactly(givenFirst, withdrawnSecond);
  }

  @Test
  void consentToOnePurposeOrBySomeoneElseDoesNotCount() {
    ConsentView view = view(GDPR, given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED));

    assertThat(view.decide(ANNA, FOLLOW_UP, at(1)).reason()).isEqualTo(new NoConsentRecorded());
    assertThat(view.decide(BO, MARKETING, at(1)).reason()).isEqualTo(new NoConsentRecorded());
  }

  @Test
  void aContractPurposeIsAllowedWithoutConsentEvenAfterARefusal() {
    ConsentView view = view(GDPR, refused(1, 0, ANNA, "service-delivery"));

    ConsentDecision decision = view.decide(ANNA, DELIVERY, at(1));

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.basis()).isEqualTo(LawfulBasis.CONTRACT);
    assertThat(decision.reason())
        .isEqualTo(new BasisWithoutConsent(LawfulBasis.CONTRACT, "gdpr@1"));
    assertThat(decision.explanation())
        .isEqualTo("basis contract from pack gdpr@1 without consent needed");
  }

  @Test
  void piplSensitiveDataWithOnlyBundledConsentIsDeniedAsNotSeparate() {
    ConsentView view = view(PIPL, given(1, 0, ANNA, "sensitive-data", ConsentForm.BUNDLED));

    ConsentDecision decision = view.decide(ANNA, SENSITIVE, at(1));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).isEqualTo(new SeparateConsentRequired(id(1)));
    assertThat(decision.explanation())
        .isEqualTo(
            "separate consent required but only bundled consent given (event " + id(1) + ")");
  }

  @Test
  void piplSensitiveDataWithSeparateConsentIsAllowed() {
    ConsentView view = view(PIPL, given(1, 0, ANNA, "sensitive-data", ConsentForm.SEPARATE));

    assertThat(view.decide(ANNA, SENSITIVE, at(1)).allowed()).isTrue();
  }

  @Test
  void theSameLedgerIsJudgedUnderAnotherPack() {
    PurposeId analysis = PurposeId.of("feedback-analysis");
    ConsentView gdpr = ConsentView.empty(GDPR);

    assertThat(gdpr.decide(ANNA, analysis, at(0)).basis())
        .isEqualTo(LawfulBasis.LEGITIMATE_INTEREST);
    assertThat(gdpr.decide(ANNA, analysis, at(0)).allowed()).isTrue();
    assertThat(gdpr.withPack(PIPL).decide(ANNA, analysis, at(0)).allowed()).isFalse();
  }

  @Test
  void askingAboutAPurposeThePackLacksIsAnError() {
    assertThatThrownBy(() -> ConsentView.empty(GDPR).decide(ANNA, PurposeId.of("profiling"), at(0)))
        .isInstanceOf(UnknownPurposeException.class);
  }

  @Test
  void replayingAnEventChangesNothing() {
    ConsentEvent event = given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED);
    ConsentView once = view(GDPR, event);

    assertThat(once.apply(event)).isSameAs(once);
    assertThat(once.eventCount()).isEqualTo(1);
  }

  @Test
  void twoDifferentEventsWithOneSequenceAreRefused() {
    ConsentView view = view(GDPR, given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED));
    ConsentEvent impostor = withdrawn(1, 5, ANNA, "marketing");

    assertThatThrownBy(() -> view.apply(impostor))
        .isInstanceOf(ConflictingConsentEventException.class)
        .hasMessageContaining(id(1).toString());
  }

  @Test
  void aDecisionMustFollowFromItsReason() {
    assertThatThrownBy(
            () ->
                new ConsentDecision(
                    MARKETING, true, LawfulBasis.CONSENT, "gdpr@1", new NoConsentRecorded()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theViewPrintsCountsButNoSubjects() {
    ConsentView view = view(GDPR, given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED));

    assertThat(view).hasToString("ConsentView[pack=gdpr@1, subjects=1, events=1]");
  }

  @Test
  void aConsentCannotExpireBeforeItIsGiven() {
    assertThatThrownBy(() -> givenUntil(1, 10, ANNA, "marketing", 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void applyingThousandsOfEventsOneByOneEqualsFoldingThem() {
    // Enough subjects that recent changes are merged into the view's base several times.
    List<ConsentEvent> ledger = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      SubjectId subject = new SubjectId("subject-" + (i % 2500));
      ledger.add(
          i < 2500
              ? given(i, i, subject, "marketing", ConsentForm.BUNDLED)
              : withdrawn(i, i, subject, "marketing"));
    }

    ConsentView stepwise = ConsentView.empty(GDPR).applyAll(ledger);
    ConsentView folded = ConsentView.fold(GDPR, ledger);

    assertThat(stepwise).isEqualTo(folded).hasSameHashCodeAs(folded);
    assertThat(stepwise.subjectCount()).isEqualTo(2500);
    assertThat(stepwise.eventCount()).isEqualTo(5000);
    SubjectId last = new SubjectId("subject-2499");
    assertThat(stepwise.decide(last, MARKETING, at(4998)).allowed()).isTrue();
    assertThat(stepwise.decide(last, MARKETING, at(4999)).reason())
        .isEqualTo(new WithdrawnAt(id(4999), at(4999)));
  }
}
