package dev.custos.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.testing.LogScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log check finds what it is for, and says where without repeating the leaked value. */
class LogScanTest {

  private static final String TOKEN =
      "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQtb2YtdGhl";

  @TempDir Path dir;

  private final LogScan scan =
      new LogScan(Fixtures.CANARIES, List.of("pw-correct-horse-battery", "c2lnbmF0dXJlLXBhcnQ"));

  @Test
  void aCleanLogHasNoFindings() throws IOException {
    Path log = write("INFO Deployed custos\nINFO user 3f2a signed in\n");

    assertThat(scan.scan(List.of(log))).isEmpty();
  }

  @Test
  void aPlantedCanaryIsFoundByFileAndLineWithoutItsValue() throws IOException {
    Path log = write("INFO ok\nWARNING Could not store contact 李伟 (13800138000)\n");

    List<LogScan.Finding> findings = scan.scan(List.of(log));

    assertThat(findings).extracting(LogScan.Finding::line).containsOnly(2);
    assertThat(findings).hasSize(2);
    assertThat(findings.toString()).contains(log.toString()).doesNotContain("李伟", "13800138000");
  }

  @Test
  void aPasswordUsedByTheTestsIsFound() throws IOException {
    Path log = write("FINE login form: password=pw-correct-horse-battery\n");

    assertThat(scan.scan(List.of(log)))
        .singleElement()
        .satisfies(f -> assertThat(f.what()).contains("password"));
  }

  @Test
  void aBearerTokenIsFoundByItsShapeAndByItsSignature() throws IOException {
    Path log = write("FINE Authorization: Bearer " + TOKEN + "\nsignature c2lnbmF0dXJlLXBhcnQ\n");

    List<LogScan.Finding> findings = scan.scan(List.of(log));

    assertThat(findings).extracting(LogScan.Finding::line).containsExactly(1, 1, 2);
    assertThat(findings.toString()).doesNotContain("c2lnbmF0dXJl");
  }

  @Test
  void missingLogsAreSkippedAndTheOthersStillScanned() throws IOException {
    Path log = write("SEVERE row wang.fang@example.com rejected\n");

    assertThat(new LogScan(Fixtures.CANARIES, List.of()).scan(List.of(log, dir.resolve("none"))))
        .hasSize(1);
  }

  private Path write(String text) throws IOException {
    Path log = Files.createTempFile(dir, "server", ".log");
    Files.writeString(log, text, StandardCharsets.UTF_8);
    return log;
  }
}
