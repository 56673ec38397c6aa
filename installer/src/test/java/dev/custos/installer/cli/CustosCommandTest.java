package dev.custos.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CustosCommandTest {

  @TempDir private Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void helpListsTheCommands() {
    int exitCode = run("--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("custos", "start", "demo", "--version");
  }

  @Test
  void versionNamesCustosAndJava() {
    int exitCode = run("--version");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("custos ", "Java ");
  }

  @Test
  void noCommandIsAUsageError() {
    int exitCode = run();

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Missing a command", "Usage: custos");
  }

  @Test
  void startHelpShowsTheOptionsButNotTheInternalHome() {
    run("start", "--help");

    assertThat(out.toString())
        .contains("--port", "default: 8080", "--data-dir", "--db-url", "--db-user")
        .contains("--db-password-file")
        .contains("--https-port", "--tls-keystore", "--tls-keystore-password-file", "--tls-host")
        .doesNotContain("--home");
  }

  @Test
  void startOutsideADistributionAsksForTheLauncher() {
    int exitCode = run("start");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).startsWith("custos: ").contains("bin/custos");
  }

  @Test
  void startWithoutTheServerWarSaysHowToGetIt() throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Files.createFile(home.resolve("lib/payara-micro.jar"));

    int exitCode = run("start", "--home", home.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("custos.war", "mvn package").doesNotContain("Exception");
  }

  @Test
  void demoRefusesAPortInUse() throws IOException {
    completeDistribution();
    try (ServerSocket taken = new ServerSocket(0)) {
      int exitCode =
          run("demo", "--home", home.toString(), "--port", Integer.toString(taken.getLocalPort()));

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString()).contains("Port " + taken.getLocalPort() + " is in use");
    }
  }

  @Test
  void anUnreadableDatabasePasswordFileIsNamed() throws IOException {
    completeDistribution();

    int exitCode =
        run("start", "--home", home.toString(), "--db-password-file", "/nonexistent/db-password");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("--db-password-file", "/nonexistent/db-password");
  }

  @Test
  void tlsOptionsWithoutAnHttpsPortAreRefused() throws IOException {
    completeDistribution();

    int exitCode = run("start", "--home", home.toString(), "--tls-host", "custos.example");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("--https-port");
  }

  @Test
  void anUnreadableTlsKeyStoreIsNamed() throws IOException {
    completeDistribution();

    int exitCode =
        run(
            "start",
            "--home",
            home.toString(),
            "--https-port",
            "8443",
            "--tls-keystore",
            "/nonexistent/custos.p12");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("--tls-keystore", "/nonexistent/custos.p12");
  }

  private void completeDistribution() throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Files.createFile(home.resolve("lib/payara-micro.jar"));
    Files.createFile(home.resolve("lib/custos.war"));
  }

  private int run(String... args) {
    CommandLine commandLine = Custos.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
