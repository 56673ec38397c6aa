package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.connectors.testing.SftpServerFixture;
import dev.custos.policies.gate.GatedRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file drop on an SFTP server (in-process Apache MINA SSHD) end to end. */
class SftpDropTest {

  private static final String HEADER = "id,name,email,mobile,company,updated_at\n";
  private static final Map<String, String> ENVIRONMENT =
      Map.of("SFTP_PASSWORD", SftpServerFixture.PASSWORD);

  @TempDir Path serverRoot;
  @TempDir Path local;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final Fakes fakes = new Fakes();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();

  @Test
  void takesInUtf8AndGb18030CsvOverSftpQuarantinesBadRowsAndMovesFilesOnTheServer()
      throws Exception {
    try (SftpServerFixture sftp = new SftpServerFixture(serverRoot, local.resolve("host.key"))) {
      put(
          "utf8",
          "contacts.csv",
          HEADER
              + "u1,Ada Lovelace,ada@example.com,+44 20 7946 0001,Analytical Engines,2026-02-01\n"
              + "u2,Grace Hopper,grace@example.com,,\"Navy, US\",2026-02-01\n"
              + "u3,Bad Row,bad@example.com,,Acme\n",
          StandardCharsets.UTF_8);
      put(
          "utf8",
          "legacy.csv",
          // A header that is not valid UTF-8: no line of the file can be mapped.
          HEADER.replace("company", "公司") + "s1,张伟,zhang.wei@example.cn,,Acme,2026-02-01\n",
          Charset.forName("GB18030"));
      put(
          "gb",
          "客户.csv",
          HEADER
              + "g1,张伟,zhang.wei@example.cn,138 0013 8000,北京公司,2026-02-01\n"
              + "g2,王芳,wang.fang@example.cn,139 0013 9000,上海公司,2026-02-01\n",
          Charset.forName("GB18030"));
      try (ConnectorRuntime runtime =
          runtime(
              List.of(
                  config("sftp-utf8", "utf8", "UTF-8", sftp),
                  config("sftp-gb", "gb", "GB18030", sftp)))) {
        runtime.start();
        awaitFiles("utf8", "done", 1);
        awaitFiles("utf8", "failed", 1);
        awaitFiles("gb", "done", 1);
      }
    }

    assertThat(fakes.sink.stored().keySet())
        .containsExactlyInAnyOrder(
            "u1@2026-02-01", "u2@2026-02-01", "g1@2026-02-01", "g2@2026-02-01");
    assertThat(name(fakes.sink.stored().get("g2@2026-02-01"))).isEqualTo("王芳");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey, QuarantinedRow::reason)
        .containsExactly(Tuple.tuple("contacts.csv:4", "line 4: has 5 values, the header has 6"));
    assertThat(files("utf8", "done")).singleElement().asString().endsWith("-contacts.csv");
    assertThat(files("utf8", "failed")).singleElement().asString().endsWith("-legacy.csv");
    assertThat(files("gb", "done")).singleElement().asString().endsWith("-客户.csv");
    assertThat(files("utf8", "in")).isEmpty();
  }

  @Test
  void aServerOutageIsReportedInTheStatusAndTheDropCompletesWhenTheServerIsBack() throws Exception {
    try (SftpServerFixture sftp = new SftpServerFixture(serverRoot, local.resolve("host.key"))) {
      put(
          "utf8",
          "first.csv",
          HEADER + "f1,Ada,ada@example.com,,Acme,2026-02-01\n",
          StandardCharsets.UTF_8);
      try (ConnectorRuntime runtime =
          runtime(List.of(config("sftp-utf8", "utf8", "UTF-8", sftp)))) {
        runtime.start();
        awaitFiles("utf8", "done", 1);

        sftp.stop();
        put(
            "utf8",
            "second.csv",
            HEADER + "f2,Grace,grace@example.com,,Acme,2026-02-01\n",
            StandardCharsets.UTF_8);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    status("sftp-utf8").state() == ConnectorState.FAILED
                        && status("sftp-utf8")
                            .lastError()
                            .orElseThrow()
                            .contains("could not poll its SFTP directory"));

        sftp.start();
        awaitFiles("utf8", "done", 2);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> status("sftp-utf8").lastError().isEmpty());
      }
    }

    assertThat(fakes.sink.stored()).containsOnlyKeys("f1@2026-02-01", "f2@2026-02-01");
    assertThat(fakes.sink.sentTwice()).isZero();
  }

  private ConnectorStatus status(String connector) {
    return statuses.status(connector).orElseThrow();
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
        ENVIRONMENT);
  }

  /** Writes a file beside the drop directory on the server, then moves it in whole. */
  private void put(String drop, String name, String content, Charset charset) throws IOException {
    Path staging = Files.createDirectories(serverRoot.resolve(drop).resolve("staging"));
    Path file = Files.writeString(staging.resolve(name), content, charset);
    Files.move(file, dir(drop, "in").resolve(name));
  }

  private void awaitFiles(String drop, String directory, int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> files(drop, directory).size() == count);
  }

  private List<String> files(String drop, String directory) throws IOException {
    try (Stream<Path> listing = Files.list(dir(drop, directory))) {
      return listing.map(p -> p.getFileName().toString()).toList();
    }
  }

  private Path dir(String drop, String name) throws IOException {
    return Files.createDirectories(serverRoot.resolve(drop).resolve(name));
  }

  private ConnectorConfig config(String id, String drop, String encoding, SftpServerFixture sftp)
      throws IOException {
    dir(drop, "in");
    String yaml =
        """
        id: %s
        kind: file-drop
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          protocol: sftp
          host: 127.0.0.1
          port: %d
          user: %s
          password: {env: SFTP_PASSWORD}
          strictHostKeyChecking: false
          directory: /%s/in
          pattern: '.*\\.csv'
          format: csv
          encoding: %s
          doneDirectory: /%s/done
          failedDirectory: /%s/failed
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
            .formatted(id, sftp.port(), SftpServerFixture.USER, drop, encoding, drop, drop);
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse(id + ".yaml", yaml);
  }
}
