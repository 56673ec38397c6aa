package dev.custos.policies.gate;

import static dev.custos.policies.gate.GateFixtures.GDPR;
import static dev.custos.policies.gate.GateFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PrivacyGatePropertyTest {

  private static final List<String> PURPOSES =
      List.of(
          "feedback-analysis",
          "follow-up-contact",
          "account-team-sharing",
          "marketing",
          "product-improvement");

  private final GateFixtures f = new GateFixtures();

  @Property(tries = 200)
  void noFieldIsKeptWithoutAPurposeTheSubjectsConsentAllows(
      @ForAll("purposeSets") Set<String> collectedFor,
      @ForAll("purposeSets") Set<String> consented,
      @ForAll("classes") List<FieldClass> fieldClasses) {
    SubjectId subject = SubjectId.random();
    List<ConsentEvent> ledger = new ArrayList<>();
    consented.forEach(p -> ledger.add(f.given(subject, p, NOW.minusSeconds(10))));
    ConsentView consent = ConsentView.fold(GDPR, ledger);
    List<InboundField> fields = new ArrayList<>();
    for (int i = 0; i < fieldClasses.size(); i++) {
      fields.add(InboundField.of("f" + i, fieldClasses.get(i), "value " + i));
    }
    InboundRecord record =
        new InboundRecord(
            "src",
            "k",
            "1",
            RecordKind.FEEDBACK,
            subject,
            NOW,
            collectedFor.stream().map(PurposeId::of).collect(java.util.stream.Collectors.toSet()),
            fields);

    GatedRecord gated = f.gate.pass(record, consent);

    FieldClassPolicy policy = FieldClassPolicy.of(GDPR);
    assertThat(gated.decisions()).hasSize(fields.size());
    for (GatedField kept : gated.fields()) {
      assertThat(kept.purposes()).isNotEmpty();
      for (PurposeId purpose : kept.purposes()) {
        assertThat(record.collectedFor()).contains(purpose);
        assertThat(policy.mayUse(purpose, kept.classification())).isTrue();
        assertThat(consent.decide(subject, purpose, NOW).allowed()).isTrue();
      }
    }
    for (FieldDecision decision : gated.decisions()) {
      boolean isKept = gated.field(decision.field()).isPresent();
      assertThat(isKept)
          .isEqualTo(
              decision.outcome() != FieldDecision.Outcome.DROPPED
                  && decision.outcome() != FieldDecision.Outcome.EMPTY);
    }
  }

  @Property(tries = 100)
  void everyKeptPersonalFieldDecryptsToWhatCameIn(@ForAll("texts") String value) {
    SubjectId subject = SubjectId.random();
    InboundRecord record =
        new InboundRecord(
            "src",
            "k",
            "1",
            RecordKind.CONTACT,
            subject,
            NOW,
            Set.of(PurposeId.of("service-delivery")),
            List.of(InboundField.of("name", FieldClass.IDENTIFIER, value)));

    GatedRecord gated = f.gate.pass(record, ConsentView.empty(GDPR));

    var name = (GatedField.Encrypted) gated.field("name").orElseThrow();
    assertThat(f.cipher.decryptText(new FieldContext("contact", "name", subject), name.envelope()))
        .isEqualTo(new Decryption.Decrypted<>(value));
  }

  @Provide
  Arbitrary<Set<String>> purposeSets() {
    return Arbitraries.of(PURPOSES).set().ofMaxSize(PURPOSES.size());
  }

  @Provide
  Arbitrary<List<FieldClass>> classes() {
    return Arbitraries.of(FieldClass.class).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('一', '龥')
        .withChars(' ', '@', '.')
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }
}
