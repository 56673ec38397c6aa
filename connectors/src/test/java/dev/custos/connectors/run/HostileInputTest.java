package dev.custos.connectors.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}) through a file-drop connector's
 * real reader, mapping and gate: every bad line is quarantined on its own with a reason that says
 * what to fix, every valid line around it is stored, and no planted personal value is readable in a
 * reason, in a sealed row or in the log.
 */
class HostileInputTest {

  /** Personal values planted in the bad lines, and parts of them. */
  private static final List<String> CANARIES =
      List.of(
          "hostile.canary",
          "Hostile Canary",
          "+86 139 0000",
          "13900001111",
          "毒丸测试",
          "Canary Ten",
          "Canary Eleven");

  @TempDir Path drop;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final Fakes fakes = new Fakes();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();
  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(new SimpleFormatter().format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void releaseLogs() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void brokenCsvIsQuarantinedLineByLineAndEveryValidLineIsStored() throws IOException {
    ingest("csv", "UTF-8", "contacts.csv");

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder(
            "ok-1@2026-02-01",
            "ok-2@2026-02-01",
            "ok-3@2026-02-01",
            "ok-4@2026-02-01",
            "ok-5@2026-02-01",
            "'; DELETE FROM quarantine_row; --@2026-02-01");
    assertThat(privacy.decrypted(fakes.sink.stored().get("ok-3@2026-02-01"), "name"))
        .isEqualTo("Robert'); DROP TABLE gated_record;--");
    assertThat(reasons())
        .hasSize(6)
        .anyMatch(r -> r.equals("line 3: a quote is never closed"))
        .anyMatch(r -> r.equals("line 5: has 4 values, the header has 6"))
        .anyMatch(r -> r.equals("sourceKey column id: missing or empty"))
        .anyMatch(
            r ->
                r.equals(
                    "sourceVersion column updated_at: missing or empty;"
                        + " field name (column name): required but empty"))
        .anyMatch(r -> r.startsWith("sourceKey column id: holds control characters"))
        .anyMatch(r -> r.equals("sourceKey column id: longer than 255 characters"));
    assertThat(fakes.quarantine.rows())
        .allSatisfy(row -> assertThat(row.sourceKey()).doesNotContain("\0").hasSizeLessThan(256));
    assertNoCanaryInClear();
  }

  @Test
  void linesWithBytesThatAreNotValidInTheEncodingAreQuarantinedAndTheRestIsStored()
      throws IOException {
    ingest("csv", "UTF-8", "invalid-utf8.csv");
    ingest("csv", "UTF-8", "misdeclared-gb18030.csv");

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder(
            "u-1@2026-02-01",
            "u-2@2026-02-01",
            "u-3@2026-02-01",
            "g-1@2026-02-01",
            "g-2@2026-02-01");
    assertThat(privacy.decrypted(fakes.sink.stored().get("u-2@2026-02-01"), "name"))
        .isEqualTo("李伟");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey)
        .containsExactlyInAnyOrder(
            "invalid-utf8.csv:3", "invalid-utf8.csv:5", "misdeclared-gb18030.csv:3");
    assertThat(reasons())
        .allMatch(r -> r.contains("not valid in the connector's encoding"))
        .allMatch(r -> r.contains("check its encoding setting"));
    assertNoCanaryInClear();
  }

  @Test
  void wrongTypesAndBrokenJsonLinesAreQuarantinedAndTheRestIsStored() throws IOException {
    ingest("jsonl", "UTF-8", "wrong-types.jsonl");

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder("j-1@2026-02-01", "j-2@2026-02-01", "42@20260201");
    assertThat(reasons())
        .containsExactlyInAnyOrder(
            "field name (column name): holds an object, expected a single value",
            "field name (column name): holds a list, expected a single value",
            "line 4: not a JSON object",
            "line 5: not valid JSON",
            "sourceKey column id: missing or empty");
    assertNoCanaryInClear();
  }

  @Test
  void aTenMegabyteFieldIsQuarantinedAndTheRowsAroundItAreStored() throws IOException {
    Path file = drop.resolve("in").resolve("big.csv");
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,name,email,mobile,note,updated_at\n");
      out.write("b-1,Ada Lovelace,ada@example.com,,ok,2026-02-01\n");
      out.write("b-big,Hostile Canary Big,hostile.canary.big@example.com,,\"");
      String chunk = "hostile.canary.big@example.com 毒丸测试 ".repeat(1_000);
      for (long written = 0; written < 10L * 1024 * 1024; written += chunk.length()) {
        out.write(chunk);
      }
      out.write("\",2026-02-01\n");
      out.write("b-2,Grace Hopper,grace@example.com,,ok,2026-02-01\n");
    }
    job(config("csv", "UTF-8")).ingestFile(file);

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder("b-1@2026-02-01", "b-2@2026-02-01");
    assertThat(reasons())
        .containsExactly("field note (column note): longer than its maxLength of 2000");
    assertNoCanaryInClear();
  }

  private void ingest(String format, String encoding, String corpusFile) throws IOException {
    Path file = drop.resolve("in").resolve(corpusFile);
    Files.createDirectories(file.getParent());
    try (InputStream in = getClass().getResourceAsStream("/hostile/" + corpusFile)) {
      Files.copy(in, file);
    }
    job(config(format, encoding)).ingestFile(file);
  }

  private List<String> reasons() {
    return fakes.quarantine.rows().stream().map(QuarantinedRow::reason).toList();
  }

  /** Not in reasons, keys, sealed rows (in UTF-8 or UTF-16) or anything logged. */
  private void assertNoCanaryInClear() {
    for (QuarantinedRow row : fakes.quarantine.rows()) {
      assertThat(row.reason()).doesNotContain(CANARIES);
      assertThat(row.sourceKey()).doesNotContain(CANARIES);
      for (String canary : CANARIES) {
        assertThat(contains(row.sealedRow(), canary.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(row.sealedRow(), canary.getBytes(StandardCharsets.UTF_16LE))).isFalse();
      }
    }
    assertThat(String.join("\n", logged)).doesNotContain(CANARIES);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private ConnectorJob job(ConnectorConfig config) {
    IngestPipeline pipeline =
        new IngestPipeline(config, privacy.services, fakes.ports, privacy.clock);
    return new ConnectorJob(config, pipeline, fakes.watermarks, statuses, privacy.clock, Map.of());
  }

  private ConnectorConfig config(String format, String encoding) throws IOException {
    String yaml =
        """
        id: hostile
        kind: file-drop
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1H
        source:
          directory: %s
          pattern: '.*'
          format: %s
          encoding: %s
          doneDirectory: %s
          failedDirectory: %s
          pageSize: 3
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            name: {column: name, class: identifier, required: true, maxLength: 200}
            email: {column: email, class: contact, index: email}
            mobile: {column: mobile, class: contact, index: phone}
            note: {column: note, class: free-text, maxLength: 2000}
        """
            .formatted(
                Files.createDirectories(drop.resolve("in")),
                format,
                encoding,
                Files.createDirectories(drop.resolve("done")),
                Files.createDirectories(drop.resolve("failed")));
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("hostile.yaml", yaml);
  }
}
