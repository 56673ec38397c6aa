package dev.custos.policies.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.classification.FieldClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShippedPacksTest {

  private static final List<String> PURPOSES =
      List.of(
          "service-delivery",
          "feedback-analysis",
          "follow-up-contact",
          "account-team-sharing",
          "product-improvement",
          "marketing",
          "cross-border-transfer",
          "sensitive-data");

  @Test
  void gdprPackLoadsWithEveryPurposeInOrder() {
    PolicyPack gdpr = PolicyPacks.gdpr();

    assertThat(gdpr.reference()).isEqualTo("gdpr@1");
    assertThat(gdpr.jurisdiction()).isEqualTo("EU");
    assertThat(gdpr.purposes().keySet())
        .extracting(PurposeId::value)
        .containsExactlyElementsOf(PURPOSES);
  }

  @Test
  void piplPackLoadsWithEveryPurposeInOrder() {
    PolicyPack pipl = PolicyPacks.pipl();

    assertThat(pipl.reference()).isEqualTo("pipl@1");
    assertThat(pipl.jurisdiction()).isEqualTo("CN");
    assertThat(pipl.purposes().keySet())
        .extracting(PurposeId::value)
        .containsExactlyElementsOf(PURPOSES);
  }

  @Test
  void piplHasNoLegitimateInterestAnywhere() {
    assertThat(PolicyPacks.pipl().purposes().values())
        .allSatisfy(
            purpose ->
                assertThat(purpose.lawfulBases()).doesNotContain(LawfulBasis.LEGITIMATE_INTEREST));
  }

  @Test
  void piplRequiresSeparateConsentForSensitiveDataAndCrossBorderTransferOnly() {
    assertThat(PolicyPacks.pipl().purposes().values())
        .filteredOn(Purpose::separateConsent)
        .extracting(purpose -> purpose.id().value())
        .containsExactly("cross-border-transfer", "sensitive-data");
  }

  @Test
  void serviceDeliveryRestsOnContractWithoutConsentInBothPacks() {
    for (PolicyPack pack : PolicyPacks.shipped()) {
      Purpose delivery = pack.purpose(PurposeId.of("service-delivery")).orElseThrow();
      assertThat(delivery.defaultBasis()).isEqualTo(LawfulBasis.CONTRACT);
      assertThat(delivery.needsConsent()).isFalse();
    }
  }

  @Test
  void onlySensitiveDataMayUseSensitiveFields() {
    for (PolicyPack pack : PolicyPacks.shipped()) {
      assertThat(pack.purposes().values())
          .filteredOn(purpose -> purpose.mayUse(FieldClass.SENSITIVE))
          .extracting(purpose -> purpose.id().value())
          .containsExactly("sensitive-data");
    }
  }

  @Test
  void purposesHaveGlossaryNamesInChinese() {
    Purpose transfer =
        PolicyPacks.pipl().purpose(PurposeId.of("cross-border-transfer")).orElseThrow();

    assertThat(transfer.name().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("跨境传输");
    assertThat(transfer.name().in(Locale.ENGLISH)).isEqualTo("Cross-border transfer");
  }

  @Test
  void loadingTwiceGivesEqualValues() {
    assertThat(PolicyPacks.gdpr()).isEqualTo(PolicyPacks.gdpr()).isNotEqualTo(PolicyPacks.pipl());
  }

  @Test
  void packsCannotBeChangedAfterLoading() {
    PolicyPack gdpr = PolicyPacks.gdpr();
    Purpose marketing = gdpr.purpose(PurposeId.of("marketing")).orElseThrow();

    assertThatThrownBy(() -> gdpr.purposes().remove(marketing.id()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> marketing.lawfulBases().add(LawfulBasis.CONTRACT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> marketing.fieldClasses().add(FieldClass.SENSITIVE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unknownPurposeIsEmpty() {
    assertThat(PolicyPacks.gdpr().purpose(PurposeId.of("profiling"))).isEmpty();
  }

  @Test
  void purposeRefusesADefaultBasisOutsideItsBases() {
    assertThatThrownBy(
            () ->
                new Purpose(
                    PurposeId.of("marketing"),
                    new PurposeName("Marketing", "营销推广"),
                    "Offers.",
                    Set.of(LawfulBasis.CONSENT),
                    LawfulBasis.CONTRACT,
                    false,
                    Set.of(FieldClass.CONTACT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default basis contract");
  }
}
