package dev.custos.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoInstructionsTest {

  private final String text =
      DemoInstructions.text(
          9090,
          Path.of("/opt/custos/demo-data/initial-admin-password.txt"),
          Path.of("/opt/custos/demo-data/logs/server.log"));

  @Test
  void namesTheConsoleSwaggerUiAndTheAdminPasswordFile() {
    assertThat(text)
        .contains("http://localhost:9090/\n")
        .contains("http://localhost:9090/swagger-ui/")
        .contains("/opt/custos/demo-data/initial-admin-password.txt")
        .contains("/opt/custos/demo-data/logs/server.log");
  }

  @Test
  void theCurlExampleGetsATokenAndAsksForNpsByAccountAndMonth() {
    assertThat(text)
        .contains("curl -s http://localhost:9090/api/v1/auth/token")
        .contains("-d grant_type=password -d username=admin")
        .contains("\"password=$(cat '/opt/custos/demo-data/initial-admin-password.txt')\"")
        .contains("-H \"Authorization: Bearer $TOKEN\"")
        .contains("'http://localhost:9090/api/v1/metrics/nps?groupBy=account,month'");
  }

  @Test
  void pathsWithQuotesStayOneShellWord() {
    assertThat(DemoInstructions.shellQuote("/home/o'neil/data"))
        .isEqualTo("'/home/o'\\''neil/data'");
  }
}
