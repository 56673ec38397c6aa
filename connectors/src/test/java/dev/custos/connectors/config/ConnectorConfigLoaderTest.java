package dev.custos.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigLoaderTest {

  private final ConnectorConfigLoader loader = new ConnectorConfigLoader(PolicyPacks.gdpr());

  static final String DATABASE =
      """
      id: crm-contacts
      kind: database-poll
      recordKind: contact
      collectedFor: [service-delivery, follow-up-contact]
      schedule: PT1M
      source:
        url: jdbc:postgresql://crm.example.com:5432/crm
        user: custos_reader
        password: {env: CRM_PASSWORD}
        table: contacts
        watermarkColumns: [updated_at, id]
        pageSize: 1000
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true, maxLength: 200}
          email: {column: email, class: contact, index: email}
          mobile: {column: mobile, class: contact, index: phone}
      """;

  static final String FILES =
      """
      id: survey-drop
      kind: file-drop
      recordKind: feedback
      collectedFor: [feedback-analysis]
      schedule: PT30S
      source:
        directory: /var/custos/drop
        pattern: .*\\.csv
        format: csv
        encoding: GB18030
        doneDirectory: /var/custos/done
        failedDirectory: /var/custos/failed
      mapping:
        sourceKey: response_id
        sourceVersion: submitted_at
        fields:
          comment: {column: comment, class: free-text, maxLength: 4000}
          score: {column: score, class: operational, required: true}
      """;

  @Test
  void readsADatabaseConnectorIntoTypedSettings() {
    ConnectorConfig config = loader.parse("crm.yaml", DATABASE);

    assertThat(config.id()).isEqualTo("crm-contacts");
    assertThat(config.kind()).isEqualTo(ConnectorKind.DATABASE_POLL);
    assertThat(config.recordKind()).isEqualTo(RecordKind.CONTACT);
    assertThat(config.collectedFor())
        .containsExactlyInAnyOrder(
            PurposeId.of("service-delivery"), PurposeId.of("follow-up-contact"));
    assertThat(config.schedule()).isEqualTo(Duration.ofMinutes(1));
    var source = (SourceSettings.Database) config.source();
    assertThat(source.table()).contains("contacts");
    assertThat(source.watermarkColumns()).containsExactly("updated_at", "id");
    assertThat(source.pageSize()).isEqualTo(1000);
    assertThat(source.password().read(Map.of("CRM_PASSWORD", "s3cret"))).isEqualTo("s3cret");
    assertThat(config.mapping().fields())
        .extracting(FieldMapping::field)
        .containsExactly("name", "email", "mobile");
    FieldMapping name = config.mapping().fields().getFirst();
    assertThat(name.classification()).isEqualTo(FieldClass.IDENTIFIER);
    assertThat(name.required()).isTrue();
    assertThat(name.maxLength()).hasValue(200);
    assertThat(config.mapping().fields().get(1).index()).contains(IndexKind.EMAIL);
  }

  @Test
  void readsAFileDropConnectorWithItsEncoding() {
    ConnectorConfig config = loader.parse("survey.yaml", FILES);

    var source = (SourceSettings.Files) config.source();
    assertThat(source.format()).isEqualTo(FileFormat.CSV);
    assertThat(source.encoding().name()).isEqualTo("GB18030");
    assertThat(source.pattern().matcher("survey-2026.csv").matches()).isTrue();
    assertThat(source.pageSize()).isEqualTo(500);
    assertThat(config.mapping().fields().getFirst().index()).isEqualTo(Optional.empty());
  }

  @Test
  void refusesALiteralPasswordAndSaysToUseAReference() {
    String yaml = DATABASE.replace("password: {env: CRM_PASSWORD}", "password: hunter2");

    assertThatThrownBy(() -> loader.parse("crm.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessage(
            "crm.yaml:9: source.password: a literal password is refused; keep it in a file or an"
                + " environment variable and write password: {file: /path} or password: {env:"
                + " NAME}")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void refusesTableAndColumnNamesThatAreNotPlainSqlNames() {
    String yaml =
        DATABASE
            .replace("table: contacts", "table: 'contacts; DROP TABLE contacts'")
            .replace("[updated_at, id]", "[updated_at, id desc]");

    assertThatThrownBy(() -> loader.parse("crm.yaml", yaml))
        .hasMessage(
            "crm.yaml:10: source.table: expected a table name of letters, digits and _"
                + " (schema.table allowed)\n"
                + "crm.yaml:11: source.watermarkColumns: expected column names of letters, digits"
                + " and _");
  }

  @Test
  void refusesAPasswordHiddenInTheJdbcUrl() {
    String yaml =
        DATABASE.replace(
            "jdbc:postgresql://crm.example.com:5432/crm",
            "jdbc:postgresql://crm.example.com:5432/crm?user=a&password=hunter2");

    assertThatThrownBy(() -> loader.parse("crm.yaml", yaml))
        .hasMessage(
            "crm.yaml:7: source.url: a password in the URL is refused; remove it and write"
                + " password: {file: /path} or password: {env: NAME}");
  }

  @Test
  void reportsEveryProblemOfAFileWithLineAndField() {
    String yaml =
        """
        id: CRM_Contacts
        kind: database-pull
        recordKind: contact
        collectedFor: [service-delivery, profiling]
        schedule: every minute
        colour: blue
        source:
          url: jdbc:postgresql://crm/crm
          user: reader
          password: {file: relative/path}
          table: contacts
          watermarkColumns: [updated_at]
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            email: {column: email, class: contact-data, index: mail, required: yes please}
            name: {class: identifier, maxLength: -3}
        """;

    assertThatThrownBy(() -> loader.parse("broken.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .satisfies(
            e ->
                assertThat(((InvalidConnectorConfigException) e).problems())
                    .map(ConfigProblem::toString)
                    .containsExactly(
                        "broken.yaml:1: id: expected a kebab-case id of at most 53 characters,"
                            + " such as crm-contacts",
                        "broken.yaml:2: kind: unknown kind; expected one of database-poll,"
                            + " file-drop, rest-poll, rabbitmq, kafka",
                        "broken.yaml:4: collectedFor: unknown purpose profiling; gdpr@1 defines"
                            + " service-delivery, feedback-analysis, follow-up-contact,"
                            + " account-team-sharing, product-improvement, marketing,"
                            + " cross-border-transfer, sensitive-data",
                        "broken.yaml:5: schedule: expected an ISO-8601 duration such as PT1M of"
                            + " at least PT1S",
                        "broken.yaml:6: colour: unknown key; expected one of collectedFor, id,"
                            + " kind, mapping, recordKind, schedule, source",
                        "broken.yaml:8: source: cannot be checked without a valid kind",
                        "broken.yaml:17: mapping.fields.email.class: unknown class; expected one"
                            + " of identifier, contact, sensitive, free-text, operational",
                        "broken.yaml:17: mapping.fields.email.index: unknown index; expected one"
                            + " of email, phone, cn-resident-id",
                        "broken.yaml:17: mapping.fields.email.required: expected true or false,"
                            + " found text",
                        "broken.yaml:18: mapping.fields.name.column: missing required key;"
                            + " expected the source column",
                        "broken.yaml:18: mapping.fields.name.maxLength: expected an integer from"
                            + " 1 to 1000000, found a number"));
  }

  @Test
  void reportsMissingKeysAndWrongTypes() {
    String yaml =
        """
        id: shop-orders
        kind: file-drop
        collectedFor: service-delivery
        schedule: PT1M
        source:
          directory: /drop
          pattern: "*.csv"
          format: xml
          encoding: latin1
          doneDirectory: /done
          failedDirectory: /failed
          pageSize: 0
        mapping:
          sourceKey: id
          fields: {}
        """;

    assertThatThrownBy(() -> loader.parse("shop.yaml", yaml))
        .hasMessage(
            String.join(
                "\n",
                "shop.yaml:1: recordKind: missing required key; expected one of contact,"
                    + " interaction, feedback",
                "shop.yaml:3: collectedFor: expected a non-empty list of purpose ids of gdpr@1",
                "shop.yaml:7: source.pattern: not a valid regular expression",
                "shop.yaml:8: source.format: unknown format; expected csv or jsonl",
                "shop.yaml:9: source.encoding: unknown encoding; expected UTF-8 or GB18030",
                "shop.yaml:12: source.pageSize: expected an integer from 1 to 10000, found a"
                    + " number",
                "shop.yaml:14: mapping.sourceVersion: missing required key; expected the column"
                    + " that changes with the row",
                "shop.yaml:15: mapping.fields: expected at least one field"));
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    String yaml = "id: crm\nkind: [database-poll\nschedule: PT1M\n";

    assertThatThrownBy(() -> loader.parse("syntax.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .message()
        .startsWith("syntax.yaml:3: (file): not valid YAML");
  }

  @Test
  void reportsProblemsOfAllFilesOfADirectoryTogether(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("a.yaml"), DATABASE, StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("b.yaml"), DATABASE.replace("PT1M", "soon"), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("c.yaml"), DATABASE, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("notes.txt"), "not a connector", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.loadDirectory(directory))
        .isInstanceOfSatisfying(
            InvalidConnectorConfigException.class,
            e ->
                assertThat(e.problems())
                    .map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ": " + p.field())
                    .containsExactly("b.yaml:5: schedule", "c.yaml:1: id"));
  }

  @Test
  void loadsEveryConnectorFileOfADirectory(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("crm.yaml"), DATABASE, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("survey.yaml"), FILES, StandardCharsets.UTF_8);

    List<ConnectorConfig> configs = loader.loadDirectory(directory);

    assertThat(configs)
        .extracting(ConnectorConfig::id)
        .containsExactly("crm-contacts", "survey-drop");
  }

  @Test
  void readsAnOptInFlagWithItsPurposeAndNotice() {
    String yaml =
        DATABASE.replace(
            "    mobile: {column: mobile, class: contact, index: phone}\n",
            "    mobile: {column: mobile, class: contact, index: phone}\n"
                + "    mayCall:\n"
                + "      column: may_call\n"
                + "      class: operational\n"
                + "      optIn: {purpose: follow-up-contact, notice: crm-call-consent,"
                + " noticeVersion: '3', language: zh-CN, jurisdiction: CN}\n");

    ConnectorConfig config = loader.parse("crm.yaml", yaml);

    OptInSetting optIn =
        config.mapping().fields().stream()
            .filter(f -> f.field().equals("mayCall"))
            .findFirst()
            .orElseThrow()
            .optIn()
            .orElseThrow();
    assertThat(optIn.purpose().value()).isEqualTo("follow-up-contact");
    assertThat(optIn.notice().id()).isEqualTo("crm-call-consent");
    assertThat(optIn.notice().version()).isEqualTo("3");
    assertThat(optIn.language().toLanguageTag()).isEqualTo("zh-CN");
  }

  @Test
  void refusesAnOptInFlagForAPurposeThePackLacks() {
    String yaml =
        DATABASE.replace(
            "    mobile: {column: mobile, class: contact, index: phone}\n",
            "    mobile: {column: mobile, class: contact, index: phone}\n"
                + "    mayCall: {column: may_call, class: operational, optIn: {purpose: spying,"
                + " notice: n, noticeVersion: '1', language: en, jurisdiction: EU}}\n");

    assertThatThrownBy(() -> loader.parse("crm.yaml", yaml))
        .hasMessageContaining("mapping.fields.mayCall.optIn.purpose: unknown purpose spying");
  }
}
