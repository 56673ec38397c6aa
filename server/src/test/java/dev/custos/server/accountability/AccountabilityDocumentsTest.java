package dev.custos.server.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.Purpose;
import dev.custos.policies.retention.RetentionRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The records of processing and the impact assessment carry the live purposes, connectors and
 * retention rules, in English and Chinese, as Markdown and as PDF that a reader opens.
 */
class AccountabilityDocumentsTest {

  @TempDir Path connectors;

  @Test
  void recordsOfProcessingListPurposesSourcesRecipientsRetentionAndMeasures() throws IOException {
    Facts facts = facts(PolicyPacks.gdpr());

    String md = MarkdownWriter.write(RecordsOfProcessing.build(facts, Lang.EN));

    assertThat(md).startsWith("# Records of processing activities (GDPR Art. 30)");
    for (Purpose purpose : facts.pack().purposes().values()) {
      assertThat(md)
          .contains("| " + purpose.id().value() + " | " + purpose.name().english() + " |");
    }
    assertThat(md)
        .contains("gdpr@1")
        .contains("| crm-contacts | file-drop | contact | feedback-analysis, service-delivery |")
        .contains("email (contact)")
        .contains("health (sensitive)")
        .contains("Sensitive personal data comes from: crm-contacts.health")
        .contains("| comments | P2Y | collection | anonymise |")
        .contains("| account-team |")
        .contains("AES-256-GCM")
        .contains("versions 1, 2, active 2")
        .contains("## 8. Technical and organisational security measures");
  }

  @Test
  void bothDocumentsComeInChineseWithTheSameFacts() throws IOException {
    Facts facts = facts(PolicyPacks.pipl());

    String ropa = MarkdownWriter.write(RecordsOfProcessing.build(facts, Lang.ZH));
    String pia = MarkdownWriter.write(ImpactAssessment.build(facts, Lang.ZH));

    assertThat(ropa)
        .startsWith("# 处理活动记录")
        .contains("反馈分析")
        .contains("crm-contacts")
        .contains("| comments | P2Y | collection | anonymise |")
        .contains("字段级加密");
    assertThat(pia)
        .startsWith("# 个人信息保护影响评估")
        .contains("pipl@")
        .contains("需要单独同意的处理目的：cross-border-transfer, sensitive-data")
        .contains("至少保存三年");
  }

  @Test
  void theImpactAssessmentMarksWhatAPersonMustJudge() throws IOException {
    String md = MarkdownWriter.write(ImpactAssessment.build(facts(PolicyPacks.pipl()), Lang.EN));

    assertThat(md)
        .contains("PIPL Art. 55")
        .contains("To assess (Art. 56(1))")
        .contains("To assess (Art. 56(2))")
        .contains("To assess (Art. 56(3))")
        .contains("crm-contacts")
        .contains("Purposes that need separate consent: cross-border-transfer, sensitive-data");
  }

  @Test
  void anEnglishPdfParsesAndHoldsTheLiveFacts() throws IOException {
    byte[] pdf =
        PdfRendering.write(RecordsOfProcessing.build(facts(PolicyPacks.gdpr()), Lang.EN), Lang.EN);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    String text = allText(reader);
    assertThat(text).contains("Records of processing activities").contains("crm-contacts");
  }

  @Test
  void aChinesePdfEmbedsTheCjkFontAndParses() throws IOException {
    byte[] pdf =
        PdfRendering.write(ImpactAssessment.build(facts(PolicyPacks.pipl()), Lang.ZH), Lang.ZH);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("WenQuanYi");
    assertThat(allText(reader)).contains("个人信息保护影响评估");
  }

  @Test
  void withoutConnectorsTheSourcesSaySo() {
    Facts facts =
        new Facts(
            Instant.parse("2026-11-25T10:00:00Z"),
            PolicyPacks.gdpr(),
            List.of(),
            RetentionRules.defaults(),
            new Facts.KeyFacts(false, List.of(1), 1));

    assertThat(MarkdownWriter.write(RecordsOfProcessing.build(facts, Lang.EN)))
        .contains("No connector is configured");
  }

  private static String allText(PdfReader reader) throws IOException {
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }

  private Facts facts(PolicyPack pack) throws IOException {
    Files.writeString(
        connectors.resolve("crm-contacts.yaml"),
        """
        id: crm-contacts
        kind: file-drop
        recordKind: contact
        collectedFor: [service-delivery, feedback-analysis]
        schedule: PT1M
        source:
          directory: %s
          pattern: '.*\\.csv'
          format: csv
          encoding: UTF-8
          doneDirectory: %s
          failedDirectory: %s
        mapping:
          sourceKey: contact_id
          sourceVersion: updated_at
          fields:
            name:   {column: name, class: identifier, required: true}
            email:  {column: email, class: contact, index: email}
            health: {column: health, class: sensitive}
            note:   {column: note, class: free-text}
        """
            .formatted(
                connectors.resolve("in"),
                connectors.resolve("done"),
                connectors.resolve("failed")));
    return new Facts(
        Instant.parse("2026-11-25T10:00:00Z"),
        pack,
        new ConnectorConfigLoader(pack).loadDirectory(connectors),
        RetentionRules.defaults(),
        new Facts.KeyFacts(false, List.of(1, 2), 2));
  }
}
