package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.policies.gate.GatedRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropTest {

  private static final String HEADER = "id,name,email,mobile,company,updated_at\n";

  @TempDir Path root;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final Fakes fakes = new Fakes();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();

  @Test
  void takesInCsvInUtf8AndGb18030AndJsonLinesThenMovesThemToDone() throws Exception {
    ConnectorConfig utf8 = config("csv-utf8", "csv", "UTF-8", ".*\\.csv");
    ConnectorConfig gb = config("csv-gb", "csv", "GB18030", ".*\\.csv");
    ConnectorConfig jsonl = config("jsonl-drop", "jsonl", "UTF-8", ".*\\.jsonl");
    try (ConnectorRuntime runtime = runtime(List.of(utf8, gb, jsonl))) {
      runtime.start();
      drop(
          "csv-utf8",
          "contacts.csv",
          HEADER
              + "u1,Ada Lovelace,ada@example.com,+44 20 7946 0001,Analytical Engines,2026-02-01\n"
              + "u2,Grace Hopper,grace@example.com,+1 202 555 0100,\"Navy, US\n"
              + "Reserve\",2026-02-01\n",
          StandardCharsets.UTF_8);
      drop(
          "csv-gb",
          "客户.csv",
          HEADER
              + "g1,张伟,zhang.wei@example.cn,138 0013 8000,北京公司,2026-02-01\n"
              + "g2,王芳,wang.fang@example.cn,139 0013 9000,上海公司,2026-02-01\n",
          Charset.forName("GB18030"));
      drop(
          "jsonl-drop",
          "contacts.jsonl",
          """
          {"id": "j1", "name": "Linus", "email": "linus@example.com", "updated_at": "2026-02-01"}
          {"id": "j2", "name": "Margaret",
          ["not", "an", "object"]
          {"id": "j3", "name": "Barbara", "email": "barbara@example.com", "updated_at": "2026-02-01"}
          """,
          StandardCharsets.UTF_8);

      awaitFilesIn("csv-utf8", "done", 1);
      awaitFilesIn("csv-gb", "done", 1);
      awaitFilesIn("jsonl-drop", "done", 1);
    }

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder(
            "u1@2026-02-01",
            "u2@2026-02-01",
            "g1@2026-02-01",
            "g2@2026-02-01",
            "j1@2026-02-01",
            "j3@2026-02-01");
    assertThat(name(fakes.sink.stored().get("g1@2026-02-01"))).isEqualTo("张伟");
    assertThat(name(fakes.sink.stored().get("u2@2026-02-01"))).isEqualTo("Grace Hopper");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey, QuarantinedRow::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("contacts.jsonl:2", "line 2: not valid JSON"),
            org.assertj.core.groups.Tuple.tuple("contacts.jsonl:3", "line 3: not a JSON object"));
    assertThat(files("csv-utf8", "done")).singleElement().asString().endsWith("-contacts.csv");
    assertThat(files("csv-utf8", "failed")).isEmpty();
  }

  @Test
  void keepsTheGoodRowsOfACsvWithBrokenQuotingAndQuarantinesTheBadOnes() throws Exception {
    ConnectorConfig csv = config("csv-broken", "csv", "UTF-8", ".*\\.csv");
    try (ConnectorRuntime runtime = runtime(List.of(csv))) {
      runtime.start();
      drop(
          "csv-broken",
          "export.csv",
          HEADER
              + "b1,Alice,alice@example.com,,Acme,2026-02-01\n"
              + "b2,\"Bob \"The Builder\" Smith\",bob@example.com,,Acme,2026-02-01\n"
              + "b3,\"Carol,carol@example.com,,Acme,2026-02-01\n"
              + "b4,Dan,dan@example.com,,Acme\n"
              + "b5,Erin,erin@example.com,,Acme,2026-02-01\n"
              + "b6,Frank,frank@example.com,,Acme,2026-02-01\n",
          StandardCharsets.UTF_8);
      awaitFilesIn("csv-broken", "done", 1);
    }

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder("b1@2026-02-01", "b5@2026-02-01", "b6@2026-02-01");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey, QuarantinedRow::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("export.csv:3", "line 3: broken quoting"),
            org.assertj.core.groups.Tuple.tuple("export.csv:4", "line 4: a quote is never closed"),
            org.assertj.core.groups.Tuple.tuple(
                "export.csv:5", "line 5: has 5 values, the header has 6"));
    assertThat(fakes.quarantine.rows())
        .allSatisfy(row -> assertThat(row.reason()).doesNotContain("Bob", "Carol", "example"));
    assertThat(statuses.status("csv-broken").orElseThrow().counts().quarantined()).isEqualTo(3);
  }

  @Test
  void movesAFileThatCannotBeDecodedToFailedAfterItsRetries() throws Exception {
    ConnectorConfig csv = config("csv-strict", "csv", "UTF-8", ".*\\.csv");
    try (ConnectorRuntime runtime = runtime(List.of(csv))) {
      runtime.start();
      drop(
          "csv-strict",
          "legacy.csv",
          // A header that is not valid UTF-8: no line of the file can be mapped.
          HEADER.replace("company", "公司") + "s1,张伟,zhang.wei@example.cn,,Acme,2026-02-01\n",
          Charset.forName("GB18030"));
      awaitFilesIn("csv-strict", "failed", 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> statuses.status("csv-strict").orElseThrow().state() == ConnectorState.FAILED);
    }

    assertThat(fakes.sink.size()).isZero();
    assertThat(files("csv-strict", "done")).isEmpty();
    assertThat(statuses.status("csv-strict").orElseThrow().lastError())
        .contains("Connector csv-strict could not read a file as UTF-8 csv");
  }

  @Test
  void runNowScansTheDirectoryWithoutWaitingForTheSchedule() throws Exception {
    ConnectorConfig every = config("csv-hourly", "csv", "UTF-8", ".*\\.csv");
    ConnectorConfig csv =
        new ConnectorConfig(
            every.id(),
            every.kind(),
            every.recordKind(),
            every.collectedFor(),
            Duration.ofHours(1),
            every.source(),
            every.mapping());
    try (ConnectorRuntime runtime = runtime(List.of(csv))) {
      runtime.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> statuses.status("csv-hourly").orElseThrow().state() == ConnectorState.IDLE);
      drop(
          "csv-hourly",
          "late.csv",
          HEADER + "h1,Hana,hana@example.com,,Acme,2026-02-01\n",
          StandardCharsets.UTF_8);

      assertThat(runtime.runNow("csv-hourly")).isTrue();

      // The run is asynchronous: the call returns before the file is read.
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(files("csv-hourly", "done")).hasSize(1));
      assertThat(fakes.sink.stored()).containsOnlyKeys("h1@2026-02-01");
    }
  }

  @Test
  void aConnectorHeldAtStartOrStoppedPicksUpNothingUntilItIsStarted() throws Exception {
    ConnectorConfig csv = config("csv-held", "csv", "UTF-8", ".*\\.csv");
    try (ConnectorRuntime runtime = runtime(List.of(csv))) {
      runtime.start(Set.of("csv-held"));
      assertThat(runtime.isStopped("csv-held")).isTrue();
      assertThat(statuses.status("csv-held").orElseThrow().state())
          .isEqualTo(ConnectorState.STOPPED);
      assertThat(runtime.runNow("csv-held")).isFalse();
      drop(
          "csv-held",
          "first.csv",
          HEADER + "h1,Ada,ada@example.com,,Acme,2026-02-01\n",
          StandardCharsets.UTF_8);
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(4))
          .until(() -> files("csv-held", "in").size() == 1);

      assertThat(runtime.startConnector("csv-held")).isTrue();
      awaitFilesIn("csv-held", "done", 1);
      assertThat(runtime.stopConnector("csv-held")).isTrue();
      assertThat(statuses.status("csv-held").orElseThrow().state())
          .isEqualTo(ConnectorState.STOPPED);
      drop(
          "csv-held",
          "second.csv",
          HEADER + "h2,Bob,bob@example.com,,Acme,2026-02-01\n",
          StandardCharsets.UTF_8);
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(4))
          .until(() -> files("csv-held", "in").size() == 1);
      assertThat(runtime.startConnector("csv-held")).isTrue();
      awaitFilesIn("csv-held", "done", 2);
      assertThat(runtime.stopConnector("nobody")).isFalse();
    }
    assertThat(fakes.sink.stored()).containsOnlyKeys("h1@2026-02-01", "h2@2026-02-01");
  }

  private String name(GatedRecord record) {
    return privacy.decrypted(record, "name");
  }

  private ConnectorRuntime runtime(List<ConnectorConfig> configs) {
    return new ConnectorRuntime(
        configs,
        privacy.services,
        fakes.ports,
        statuses,
        new RetryPolicy(1, Duration.ofMillis(20), 2, Duration.ofMillis(50)),
        privacy.clock,
        Map.of());
  }

  /** Writes a file next to the drop directory, then moves it in whole, as an export job should. */
  private void drop(String connector, String name, String content, Charset charset)
      throws IOException {
    Path staging = Files.createDirectories(root.resolve(connector).resolve("staging"));
    Path file = Files.writeString(staging.resolve(name), content, charset);
    Files.move(file, dir(connector, "in").resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private void awaitFilesIn(String connector, String directory, int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> files(connector, directory).size() == count);
  }

  private List<String> files(String connector, String directory) throws IOException {
    try (Stream<Path> listing = Files.list(dir(connector, directory))) {
      return listing.map(p -> p.getFileName().toString()).toList();
    }
  }

  private Path dir(String connector, String name) throws IOException {
    return Files.createDirectories(root.resolve(connector).resolve(name));
  }

  private ConnectorConfig config(String id, String format, String encoding, String pattern)
      throws IOException {
    String yaml =
        """
        id: %s
        kind: file-drop
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          directory: %s
          pattern: '%s'
          format: %s
          encoding: %s
          doneDirectory: %s
          failedDirectory: %s
          pageSize: 2
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            name: {column: name, class: identifier, required: true, maxLength: 100}
            email: {column: email, class: contact, index: email}
            mobile: {column: mobile, class: contact, index: phone}
            company: {column: company, class: operational}
        """
            .formatted(
                id, dir(id, "in"), pattern, format, encoding, dir(id, "done"), dir(id, "failed"));
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse(id + ".yaml", yaml);
  }
}
