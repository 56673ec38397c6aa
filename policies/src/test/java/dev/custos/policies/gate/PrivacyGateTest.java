package dev.custos.policies.gate;

import static dev.custos.policies.gate.GateFixtures.GDPR;
import static dev.custos.policies.gate.GateFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.FieldDecision.Outcome;
import dev.custos.policies.pii.PiiKind;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyGateTest {

  private final GateFixtures f = new GateFixtures();
  private final SubjectId subject = SubjectId.random();

  @Test
  void personalFieldsAreEncryptedUnderTheSubjectsKeyAndIndexed() {
    GatedRecord gated = f.gate.pass(feedback(), ConsentView.empty(GDPR));

    var email = (GatedField.Encrypted) gated.field("email").orElseThrow();
    assertThat(email.blindIndex()).isEqualTo(f.indexer.email("li.wei@example.com"));
    assertThat(new String(email.envelope(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("li.wei");
    assertThat(
            f.cipher.decryptText(new FieldContext("feedback", "email", subject), email.envelope()))
        .isEqualTo(new Decryption.Decrypted<>(" Li.Wei@Example.com"));
    assertThat(gated.decision("email").orElseThrow().outcome()).isEqualTo(Outcome.ENCRYPTED);
  }

  @Test
  void withoutConsentForFollowUpTheContactFieldsServeOnlyLegitimatePurposes() {
    GatedRecord gated = f.gate.pass(feedback(), ConsentView.empty(GDPR));

    // follow-up-contact needs consent; none recorded. feedback-analysis (legitimate interest)
    // may use identifiers and free text, but not contact data: the phone is dropped.
    assertThat(gated.field("phone")).isEmpty();
    FieldDecision phone = gated.decision("phone").orElseThrow();
    assertThat(phone.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(phone.reason()).contains("follow-up-contact").contains("no consent");
    assertThat(phone.reason()).doesNotContain("138");
  }

  @Test
  void consentForFollowUpKeepsTheContactFieldForThatPurposeOnly() {
    ConsentView consent =
        ConsentView.fold(
            GDPR, List.of(f.given(subject, "follow-up-contact", NOW.minusSeconds(60))));

    GatedRecord gated = f.gate.pass(feedback(), consent);

    assertThat(gated.field("phone").orElseThrow().purposes())
        .containsExactly(PurposeId.of("follow-up-contact"));
  }

  @Test
  void withdrawalBeforeGatingDropsWhatOnlyThatConsentAllowed() {
    ConsentView consent =
        ConsentView.fold(
            GDPR,
            List.of(
                f.given(subject, "follow-up-contact", NOW.minusSeconds(600)),
                f.withdrawn(subject, "follow-up-contact", NOW.minusSeconds(60))));

    GatedRecord gated = f.gate.pass(feedback(), consent);

    assertThat(gated.field("phone")).isEmpty();
    assertThat(gated.decision("phone").orElseThrow().reason()).contains("withdrawn");
  }

  @Test
  void commentsKeepARedactedCopyForAnalysisWithThePersonalDataReplaced() {
    GatedRecord gated = f.gate.pass(feedback(), ConsentView.empty(GDPR));

    var comment = (GatedField.FreeText) gated.field("comment").orElseThrow();
    assertThat(comment.found()).containsExactlyInAnyOrder(PiiKind.PHONE, PiiKind.EMAIL);
    String redacted =
        ((Decryption.Decrypted<String>)
                f.cipher.decryptText(
                    new FieldContext("feedback", "comment.redacted", subject),
                    comment.redactedEnvelope().orElseThrow()))
            .value();
    assertThat(redacted).isEqualTo("送货太慢了，请打[PHONE]或写信到[EMAIL]联系我");
  }

  @Test
  void operationalFieldsStayPlainAndEveryKeptCategoryIsStamped() {
    GatedRecord gated = f.gate.pass(feedback(), ConsentView.empty(GDPR));

    assertThat(gated.field("nps").orElseThrow()).isInstanceOf(GatedField.Plain.class);
    assertThat(gated.retention().keySet())
        .containsExactlyInAnyOrder(
            DataCategory.CONTACT_DATA, DataCategory.COMMENTS, DataCategory.SCORES);
    assertThat(gated.retention().get(DataCategory.COMMENTS).deadline())
        .hasValueSatisfying(d -> assertThat(d).isAfter(NOW));
    assertThat(gated.pack()).isEqualTo("gdpr@1");
    assertThat(gated.gatedAt()).isEqualTo(NOW);
  }

  @Test
  void emptyFieldsAreLoggedNotKept() {
    InboundRecord record = record(List.of(InboundField.of("name", FieldClass.IDENTIFIER, "  ")));

    GatedRecord gated = f.gate.pass(record, ConsentView.empty(GDPR));

    assertThat(gated.fields()).isEmpty();
    assertThat(gated.decision("name").orElseThrow().outcome()).isEqualTo(Outcome.EMPTY);
    assertThat(gated.retention()).isEmpty();
  }

  @Test
  void aFieldNoPurposeOfTheCollectionMayUseIsDroppedWithThatReason() {
    InboundRecord record =
        new InboundRecord(
            "crm",
            "42",
            "1",
            RecordKind.FEEDBACK,
            subject,
            NOW,
            Set.of(PurposeId.of("product-improvement")),
            List.of(InboundField.of("religion", FieldClass.SENSITIVE, "private")));

    GatedRecord gated = f.gate.pass(record, ConsentView.empty(GDPR));

    assertThat(gated.decision("religion").orElseThrow().reason())
        .contains("no purpose of this collection may use sensitive");
  }

  private InboundRecord feedback() {
    return record(
        List.of(
            InboundField.indexed(
                "email", FieldClass.IDENTIFIER, IndexKind.EMAIL, " Li.Wei@Example.com"),
            InboundField.indexed("phone", FieldClass.CONTACT, IndexKind.PHONE, "138-0013-8000"),
            InboundField.of(
                "comment", FieldClass.FREE_TEXT, "送货太慢了，请打13800138000或写信到li.wei@example.com联系我"),
            InboundField.of("nps", FieldClass.OPERATIONAL, "3")));
  }

  private InboundRecord record(List<InboundField> fields) {
    return new InboundRecord(
        "survey-tool",
        "resp-1001",
        "2",
        RecordKind.FEEDBACK,
        subject,
        Instant.parse("2026-02-28T08:00:00Z"),
        Set.of(
            PurposeId.of("feedback-analysis"),
            PurposeId.of("follow-up-contact"),
            PurposeId.of("account-team-sharing")),
        fields);
  }
}
