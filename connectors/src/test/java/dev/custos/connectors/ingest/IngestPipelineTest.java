package dev.custos.connectors.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.port.ConsentSource;
import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.port.Watermark;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedField;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestPipelineTest {

  static final String CONFIG =
      """
      id: crm-contacts
      kind: database-poll
      recordKind: contact
      collectedFor: [service-delivery]
      schedule: PT1M
      source:
        url: jdbc:h2:mem:unused
        user: sa
        password: {env: UNUSED}
        table: contacts
        watermarkColumns: [updated_at, id]
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true, maxLength: 20}
          email: {column: email, class: contact, index: email}
          mobile: {column: mobile, class: contact, index: phone}
          company: {column: company, class: operational}
      """;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final Fakes fakes = new Fakes();
  private final ConnectorConfig config =
      new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm.yaml", CONFIG);
  private final IngestPipeline pipeline =
      new IngestPipeline(config, privacy.services, fakes.ports, privacy.clock);

  private static SourceEntry.Row row(int id, String name, String email) {
    Map<String, Object> values = new HashMap<>();
    values.put("ID", id);
    values.put("NAME", name);
    values.put("EMAIL", email);
    values.put("MOBILE", "+86 138 0013 8000");
    values.put("COMPANY", "Acme");
    values.put("UPDATED_AT", "2026-02-01T10:00:00");
    return new SourceEntry.Row("row " + id, values);
  }

  @Test
  void storesGatedRecordsWithTheirWatermarkInOneCall() {
    RunCounts counts =
        pipeline.ingest(
            List.of(row(1, "Ada Lovelace", "ada@example.com"), row(2, "李雷", "li.lei@example.cn")),
            Optional.of(new Watermark("w1")));

    assertThat(counts).isEqualTo(new RunCounts(2, 2, 0, 0, 0));
    assertThat(fakes.sink.calls()).isEqualTo(1);
    assertThat(fakes.watermarks.current("crm-contacts")).contains(new Watermark("w1"));
    GatedRecord ada = fakes.sink.stored().get("1@2026-02-01T10:00:00");
    assertThat(ada.source()).isEqualTo("crm-contacts");
    assertThat(ada.field("email"))
        .get()
        .isInstanceOfSatisfying(
            GatedField.Encrypted.class,
            email ->
                assertThat(email.blindIndex()).isEqualTo(privacy.indexer.email("ada@example.com")));
    assertThat(ada.field("company")).get().isInstanceOf(GatedField.Plain.class);
  }

  @Test
  void matchesTheSamePersonAcrossRowsByBlindIndex() {
    pipeline.ingest(
        List.of(row(1, "Ada", "ada@example.com"), row(2, "Ada L.", "ADA@example.com")),
        Optional.empty());

    Map<String, GatedRecord> stored = fakes.sink.stored();
    assertThat(stored.get("1@2026-02-01T10:00:00").subject())
        .isEqualTo(stored.get("2@2026-02-01T10:00:00").subject());
    assertThat(fakes.resolver.pages()).isEqualTo(1);
  }

  @Test
  void quarantinesABadRowWithAReasonThatNamesFieldsButNoValues() {
    SourceEntry.Row tooLong = row(3, "Bartholomew Montgomery-Smythe", "bart@example.com");
    Map<String, Object> noName = new HashMap<>(row(4, null, "x@example.com").values());

    RunCounts counts =
        pipeline.ingest(
            List.of(
                tooLong, new SourceEntry.Row("row 4", noName), row(5, "Eve", "eve@example.com")),
            Optional.of(new Watermark("w2")));

    assertThat(counts).isEqualTo(new RunCounts(3, 1, 0, 2, 0));
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey, QuarantinedRow::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "3", "field name (column name): longer than its maxLength of 20"),
            org.assertj.core.groups.Tuple.tuple(
                "4", "field name (column name): required but empty"));
    assertThat(fakes.quarantine.rows())
        .allSatisfy(
            q -> {
              assertThat(q.reason()).doesNotContain("Bartholomew", "example.com", "138");
              assertThat(q.toString()).doesNotContain("Bartholomew", "example.com");
            });
  }

  @Test
  void sealsAQuarantinedRowSoThatOnlyTheConnectorsKeyOpensIt() {
    pipeline.ingest(
        List.of(row(3, "Bartholomew Montgomery-Smythe", "bart@example.com")), Optional.empty());

    byte[] sealed = fakes.quarantine.rows().getFirst().sealedRow();
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Bartholomew");
    FieldContext context =
        new FieldContext("quarantine", "row", IngestPipeline.quarantineSubject("crm-contacts"));
    Decryption<String> opened = privacy.cipher.decryptText(context, sealed);
    assertThat(opened)
        .isInstanceOfSatisfying(
            Decryption.Decrypted.class,
            d -> assertThat((String) d.value()).contains("Bartholomew Montgomery-Smythe"));
  }

  @Test
  void quarantinesNestedValuesAndMissingSourceKeys() {
    Map<String, Object> nested = new HashMap<>(row(6, "Ann", "ann@example.com").values());
    nested.put("COMPANY", Map.of("name", "Acme"));
    Map<String, Object> keyless = new HashMap<>(row(7, "Bo", "bo@example.com").values());
    keyless.remove("ID");

    pipeline.ingest(
        List.of(new SourceEntry.Row("row 6", nested), new SourceEntry.Row("row 7", keyless)),
        Optional.empty());

    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::reason)
        .containsExactlyInAnyOrder(
            "field company (column company): holds an object, expected a single value",
            "sourceKey column id: missing or empty");
  }

  @Test
  void quarantinesUnreadableTextUnderItsPosition() {
    RunCounts counts =
        pipeline.ingest(
            List.of(
                new SourceEntry.Malformed(
                    "contacts.csv:7",
                    "7,\"Broken,x@example.com",
                    "line 7: a quote is never closed")),
            Optional.empty());

    assertThat(counts.quarantined()).isEqualTo(1);
    QuarantinedRow held = fakes.quarantine.rows().getFirst();
    assertThat(held.sourceKey()).isEqualTo("contacts.csv:7");
    assertThat(held.reason()).isEqualTo("line 7: a quote is never closed");
  }

  @Test
  void skipsSuppressedPeopleAndCountsThem() {
    fakes.resolver.suppress(privacy.indexer.email("erased@example.com").orElseThrow());

    RunCounts counts =
        pipeline.ingest(
            List.of(row(8, "Gone", "Erased@Example.com"), row(9, "Kept", "kept@example.com")),
            Optional.of(new Watermark("w3")));

    assertThat(counts).isEqualTo(new RunCounts(2, 1, 0, 0, 1));
    assertThat(fakes.sink.stored()).containsOnlyKeys("9@2026-02-01T10:00:00");
  }

  @Test
  void aFailingSinkPropagatesAndLeavesTheWatermarkWhereItWas() {
    pipeline.ingest(List.of(row(1, "Ada", "ada@example.com")), Optional.of(new Watermark("w1")));
    fakes.sink.failNext(1);

    assertThatThrownBy(
            () ->
                pipeline.ingest(
                    List.of(row(2, "Bob", "bob@example.com")), Optional.of(new Watermark("w2"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(fakes.watermarks.current("crm-contacts")).contains(new Watermark("w1"));
    assertThat(fakes.sink.stored()).containsOnlyKeys("1@2026-02-01T10:00:00");

    RunCounts retried =
        pipeline.ingest(
            List.of(row(2, "Bob", "bob@example.com")), Optional.of(new Watermark("w2")));
    assertThat(retried.stored()).isEqualTo(1);
    assertThat(fakes.watermarks.current("crm-contacts")).contains(new Watermark("w2"));
  }

  @Test
  void countsRowsTheSinkAlreadyHeldAsDuplicates() {
    pipeline.ingest(List.of(row(1, "Ada", "ada@example.com")), Optional.empty());

    RunCounts again = pipeline.ingest(List.of(row(1, "Ada", "ada@example.com")), Optional.empty());

    assertThat(again).isEqualTo(new RunCounts(1, 0, 1, 0, 0));
  }

  @Test
  void handsOptInFlagsToTheConsentLedgerBeforeGatingAndQuarantinesBadFlags() {
    String yaml =
        CONFIG.replace(
            "    company: {column: company, class: operational}\n",
            "    company: {column: company, class: operational}\n"
                + "    mayCall: {column: may_call, class: operational, optIn: {purpose:"
                + " follow-up-contact, notice: crm-call, noticeVersion: '3', language: zh-CN,"
                + " jurisdiction: CN}}\n");
    List<List<ImportedOptIn>> imported = new ArrayList<>();
    ConnectorPorts ports =
        new ConnectorPorts(
            fakes.sink,
            fakes.watermarks,
            fakes.resolver,
            new ConsentSource() {
              @Override
              public ConsentView forSubjects(Collection<SubjectId> subjects) {
                return ConsentView.empty(PrivacyFixture.GDPR);
              }

              @Override
              public void importOptIns(
                  String connectorId,
                  SubjectId subject,
                  String sourceKey,
                  String sourceVersion,
                  java.time.Instant collectedAt,
                  List<ImportedOptIn> flags) {
                imported.add(flags);
              }
            },
            fakes.quarantine);
    IngestPipeline withFlags =
        new IngestPipeline(
            new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm.yaml", yaml),
            privacy.services,
            ports,
            privacy.clock);
    SourceEntry.Row yes = withFlag(row(1, "Ada", "ada@example.com"), "Y");
    SourceEntry.Row unknown = withFlag(row(2, "Bo", "bo@example.com"), "maybe");
    SourceEntry.Row none = row(3, "Cy", "cy@example.com");

    RunCounts counts = withFlags.ingest(List.of(yes, unknown, none), Optional.empty());

    assertThat(imported).hasSize(1);
    assertThat(imported.get(0))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.optedIn()).isTrue();
              assertThat(flag.purpose().value()).isEqualTo("follow-up-contact");
            });
    assertThat(counts.quarantined()).isEqualTo(1);
    assertThat(fakes.quarantine.rows().get(0).reason())
        .contains("mayCall")
        .contains("not an opt-in flag")
        .doesNotContain("maybe");
  }

  private static SourceEntry.Row withFlag(SourceEntry.Row row, String flag) {
    Map<String, Object> values = new HashMap<>(row.values());
    values.put("MAY_CALL", flag);
    return new SourceEntry.Row(row.position(), values);
  }

  @Test
  void aRetryUnderAFixedMappingStoresTheHeldRowWithoutMovingTheWatermark() {
    pipeline.ingest(
        List.of(row(5, "Alexandrina Victoria Regina", "queen@example.com")),
        Optional.of(new Watermark("w5")));
    QuarantinedRow held = fakes.quarantine.rows().getFirst();
    IngestPipeline fixed =
        new IngestPipeline(
            new ConnectorConfigLoader(PrivacyFixture.GDPR)
                .parse("crm.yaml", CONFIG.replace("maxLength: 20", "maxLength: 200")),
            privacy.services,
            fakes.ports,
            privacy.clock);

    IngestPipeline.Retried retried = fixed.retry(held.sourceKey(), held.sealedRow());

    assertThat(retried)
        .isInstanceOfSatisfying(
            IngestPipeline.Retried.Stored.class,
            s -> assertThat(s.outcome().stored()).isEqualTo(1));
    assertThat(privacy.decrypted(fakes.sink.stored().get("5@2026-02-01T10:00:00"), "name"))
        .isEqualTo("Alexandrina Victoria Regina");
    assertThat(fakes.watermarks.current("crm-contacts")).contains(new Watermark("w5"));
    assertThat(fixed.retry(held.sourceKey(), held.sealedRow()))
        .isInstanceOfSatisfying(
            IngestPipeline.Retried.Stored.class,
            s -> assertThat(s.outcome().duplicates()).isEqualTo(1));
  }

  @Test
  void aRetryOfAStillBadRowGivesTheNewReasonAndStoresNothing() {
    pipeline.ingest(List.of(row(6, null, "nameless@example.com")), Optional.empty());
    QuarantinedRow held = fakes.quarantine.rows().getFirst();

    assertThat(pipeline.retry(held.sourceKey(), held.sealedRow()))
        .isEqualTo(
            new IngestPipeline.Retried.Rejected("field name (column name): required but empty"));
    assertThat(fakes.sink.stored()).isEmpty();
  }

  @Test
  void aRetryOfUnparsableTextOrOfAnErasedPersonStoresNothing() {
    pipeline.ingest(
        List.of(
            new SourceEntry.Malformed("f.csv:2", "2,\"Broken", "line 2: a quote is never closed")),
        Optional.empty());
    QuarantinedRow text = fakes.quarantine.rows().getFirst();
    assertThat(pipeline.retry(text.sourceKey(), text.sealedRow()))
        .isInstanceOf(IngestPipeline.Retried.Rejected.class);

    pipeline.ingest(List.of(row(7, null, "erased@example.com")), Optional.empty());
    fakes.resolver.suppress(privacy.indexer.email("erased@example.com").orElseThrow());
    IngestPipeline fixed =
        new IngestPipeline(
            new ConnectorConfigLoader(PrivacyFixture.GDPR)
                .parse("crm.yaml", CONFIG.replace("required: true, ", "")),
            privacy.services,
            fakes.ports,
            privacy.clock);
    QuarantinedRow erased =
        fakes.quarantine.rows().stream()
            .filter(r -> r.sourceKey().equals("7"))
            .findFirst()
            .orElseThrow();
    assertThat(fixed.retry(erased.sourceKey(), erased.sealedRow()))
        .isInstanceOf(IngestPipeline.Retried.Suppressed.class);
    assertThat(fakes.sink.stored()).isEmpty();
  }

  @Test
  void unsealOpensAHeldRowOnlyUnderItsConnectorsKey() {
    pipeline.ingest(List.of(row(8, null, "held@example.com")), Optional.empty());
    byte[] sealed = fakes.quarantine.rows().getFirst().sealedRow();

    assertThat(IngestPipeline.unseal(privacy.cipher, "crm-contacts", sealed).orElseThrow())
        .contains("held@example.com");
    assertThat(IngestPipeline.unseal(privacy.cipher, "other", sealed)).isEmpty();
  }

  @Test
  void aPageRunsInOneTransactionAndAFailedOneLeavesNothingBehind() {
    List<String> transactions = new java.util.ArrayList<>();
    ConnectorPorts ports =
        new ConnectorPorts(
            fakes.sink,
            fakes.watermarks,
            fakes.resolver,
            fakes.ports.consent(),
            fakes.quarantine,
            new dev.custos.connectors.port.PageTransaction() {
              @Override
              public <T> T inOne(java.util.function.Supplier<T> work) {
                transactions.add("begin");
                T result = work.get();
                transactions.add("commit");
                return result;
              }
            });
    IngestPipeline paged = new IngestPipeline(config, privacy.services, ports, privacy.clock);

    paged.ingest(
        List.of(row(1, "Ada Lovelace", "ada@example.com")), Optional.of(new Watermark("w1")));
    fakes.sink.failNext(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                paged.ingest(
                    List.of(row(2, "李雷", "li.lei@example.cn")), Optional.of(new Watermark("w2"))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(transactions).containsExactly("begin", "commit", "begin");
    assertThat(fakes.sink.size()).isEqualTo(1);
    assertThat(fakes.watermarks.current("crm-contacts")).contains(new Watermark("w1"));
  }
}
