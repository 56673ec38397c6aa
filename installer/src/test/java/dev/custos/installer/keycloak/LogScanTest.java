package dev.custos.installer.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.testing.LogScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that fails the Keycloak test run finds secrets and tokens without repeating them. */
class LogScanTest {

  @TempDir Path dir;

  @Test
  void aSecretOrATokenInTheLogIsAFindingThatDoesNotRepeatIt() throws Exception {
    Path log =
        Files.writeString(
            dir.resolve("keycloak.log"),
            "INFO started\n"
                + "DEBUG client_secret=integration-secret-for-tests-only\n"
                + "DEBUG token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.sig\n");

    List<LogScan.Finding> findings =
        new LogScan(List.of(), List.of("integration-secret-for-tests-only")).scan(List.of(log));

    assertThat(findings).extracting(LogScan.Finding::line).containsExactly(2, 3);
    assertThat(findings.toString()).doesNotContain("integration-secret", "eyJzdWIi");
  }

  @Test
  void aCleanLogHasNoFindings() throws Exception {
    Path log = Files.writeString(dir.resolve("keycloak.log"), "INFO Keycloak started in 20s\n");

    assertThat(new LogScan(List.of(), List.of("pass-phrase-for-x")).scan(List.of(log))).isEmpty();
  }
}
