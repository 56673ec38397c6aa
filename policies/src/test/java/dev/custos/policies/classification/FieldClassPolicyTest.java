package dev.custos.policies.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.purpose.UnknownPurposeException;
import org.junit.jupiter.api.Test;

class FieldClassPolicyTest {

  private final FieldClassPolicy gdpr = FieldClassPolicy.of(PolicyPacks.gdpr());

  @Test
  void followUpContactMayUseContactDetails() {
    assertThat(gdpr.mayUse(PurposeId.of("follow-up-contact"), FieldClass.CONTACT)).isTrue();
  }

  @Test
  void feedbackAnalysisMayNotUseContactDetails() {
    assertThat(gdpr.mayUse(PurposeId.of("feedback-analysis"), FieldClass.CONTACT)).isFalse();
  }

  @Test
  void productImprovementMayNotUseIdentifiers() {
    assertThat(gdpr.mayUse(PurposeId.of("product-improvement"), FieldClass.IDENTIFIER)).isFalse();
    assertThat(gdpr.mayUse(PurposeId.of("product-improvement"), FieldClass.FREE_TEXT)).isTrue();
  }

  @Test
  void onlyTheSensitiveDataPurposeAllowsSensitiveFields() {
    assertThat(gdpr.purposesAllowing(FieldClass.SENSITIVE))
        .containsExactly(PurposeId.of("sensitive-data"));
  }

  @Test
  void purposesAllowingAClassFollowPackOrder() {
    assertThat(gdpr.purposesAllowing(FieldClass.CONTACT))
        .extracting(PurposeId::value)
        .containsExactly(
            "service-delivery", "follow-up-contact", "marketing", "cross-border-transfer");
  }

  @Test
  void askingAboutAPurposeThePackLacksIsAnError() {
    assertThatThrownBy(() -> gdpr.mayUse(PurposeId.of("profiling"), FieldClass.OPERATIONAL))
        .isInstanceOf(UnknownPurposeException.class)
        .hasMessage("Purpose 'profiling' is not defined in policy pack gdpr@1");
  }

  @Test
  void classesForAnUnknownPurposeAreEmpty() {
    assertThat(gdpr.classesFor(PurposeId.of("profiling"))).isEmpty();
    assertThat(gdpr.classesFor(PurposeId.of("marketing")))
        .containsExactly(FieldClass.IDENTIFIER, FieldClass.CONTACT, FieldClass.OPERATIONAL);
  }

  @Test
  void fieldClassIdsRoundTrip() {
    for (FieldClass fieldClass : FieldClass.values()) {
      assertThat(FieldClass.fromId(fieldClass.id())).contains(fieldClass);
    }
    assertThat(FieldClass.fromId("FREE_TEXT")).isEmpty();
  }
}
