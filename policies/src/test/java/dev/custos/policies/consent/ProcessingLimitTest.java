package dev.custos.policies.consent;

import static dev.custos.policies.consent.Ledgers.at;
import static dev.custos.policies.consent.Ledgers.given;
import static dev.custos.policies.consent.Ledgers.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.consent.ConsentDecision.BasisWithoutConsent;
import dev.custos.policies.consent.ConsentDecision.ConsentInForce;
import dev.custos.policies.consent.ConsentDecision.ObjectedAt;
import dev.custos.policies.consent.ConsentDecision.RestrictedAt;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingLimitTest {

  private static final PolicyPack GDPR = PolicyPacks.gdpr();
  private static final SubjectId ANNA = new SubjectId("subject-anna");
  private static final SubjectId BO = new SubjectId("subject-bo");
  private static final PurposeId MARKETING = PurposeId.of("marketing");
  private static final PurposeId ANALYSIS = PurposeId.of("feedback-analysis");
  private static final PurposeId DELIVERY = PurposeId.of("service-delivery");

  private static ProcessingLimit.Restricted restricted(long sequence, long seconds) {
    return new ProcessingLimit.Restricted(id(sequence), sequence, at(seconds), ANNA, "dsr-1");
  }

  private static ProcessingLimit.RestrictionLifted lifted(long sequence, long seconds) {
    return new ProcessingLimit.RestrictionLifted(
        id(sequence), sequence, at(seconds), ANNA, "dsr-2");
  }

  private static ProcessingLimit.Objected objected(long sequence, long seconds, PurposeId p) {
    return new ProcessingLimit.Objected(id(sequence), sequence, at(seconds), ANNA, p, "dsr-3");
  }

  private static ConsentView anna(ProcessingLimit... limits) {
    return ConsentView.fold(GDPR, List.of(given(1, 0, ANNA, "marketing", ConsentForm.BUNDLED)))
        .applyLimits(List.of(limits));
  }

  @Test
  void aRestrictionDeniesConsentedAndOtherBasesAndCitesItself() {
    ConsentView view = anna(restricted(2, 60));

    ConsentDecision marketing = view.decide(ANNA, MARKETING, at(61));
    ConsentDecision analysis = view.decide(ANNA, ANALYSIS, at(61));

    assertThat(marketing.allowed()).isFalse();
    assertThat(marketing.reason()).isEqualTo(new RestrictedAt(id(2), at(60)));
    assertThat(analysis.reason()).isEqualTo(new RestrictedAt(id(2), at(60)));
    assertThat(marketing.explanation()).startsWith("processing restricted since");
    assertThat(view.decide(ANNA, MARKETING, at(59)).allowed()).isTrue();
  }

  @Test
  void liftingARestrictionRestoresTheDecisionsBeforeIt() {
    ConsentView view = anna(restricted(2, 60), lifted(3, 120));

    assertThat(view.decide(ANNA, MARKETING, at(90)).allowed()).isFalse();
    assertThat(view.decide(ANNA, MARKETING, at(120)).reason())
        .isEqualTo(new ConsentInForce(id(1), ConsentForm.BUNDLED));
    assertThat(view.decide(ANNA, DELIVERY, at(120)).reason())
        .isInstanceOf(BasisWithoutConsent.class);
  }

  @Test
  void anObjectionDeniesOnlyItsPurposeWhateverTheBasis() {
    ConsentView view = anna(objected(2, 60, ANALYSIS));

    assertThat(view.decide(ANNA, ANALYSIS, at(61)).reason())
        .isEqualTo(new ObjectedAt(id(2), at(60)));
    assertThat(view.decide(ANNA, MARKETING, at(61)).allowed()).isTrue();
    assertThat(view.decide(ANNA, ANALYSIS, at(59)).allowed()).isTrue();
    assertThat(view.decide(BO, ANALYSIS, at(61)).allowed()).isTrue();
  }

  @Test
  void consentGivenAfterAnObjectionAllowsAgain() {
    ConsentView view =
        anna(objected(2, 60, MARKETING))
            .apply(given(3, 120, ANNA, "marketing", ConsentForm.SEPARATE));

    assertThat(view.decide(ANNA, MARKETING, at(90)).reason())
        .isEqualTo(new ObjectedAt(id(2), at(60)));
    assertThat(view.decide(ANNA, MARKETING, at(121)).reason())
        .isEqualTo(new ConsentInForce(id(3), ConsentForm.SEPARATE));
  }

  @Test
  void limitsAreIdempotentAndOrderIndependentAndNotConsentEvents() {
    ConsentView once = anna(restricted(2, 60), objected(3, 30, MARKETING));
    ConsentView twice = anna(objected(3, 30, MARKETING), restricted(2, 60), restricted(2, 60));

    assertThat(twice).isEqualTo(once);
    assertThat(once.eventCount()).isEqualTo(1);
    assertThat(once.limits(ANNA)).containsExactly(objected(3, 30, MARKETING), restricted(2, 60));
  }
}
