package dev.custos.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/dist/bin/custos} with stand-in {@code java} executables that report a version.
 */
class LauncherScriptTest {

  private static final Path SCRIPT = Path.of("src/dist/bin/custos");

  @TempDir private Path dir;

  private Path home;

  @BeforeEach
  void layOutADistribution() throws IOException {
    home = dir.resolve("custos");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib/cli"));
    Files.copy(SCRIPT, home.resolve("bin/custos"));
  }

  @Test
  void runsTheCommandLineWithTheHomeAndTheLibraries() throws Exception {
    Path javaHome = fakeJava("25.0.1");

    Result result = runScript(javaHome, "demo", "--port", "9090");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout())
        .isEqualTo(
            "-Dcustos.home=%s -cp %s/lib/cli/* dev.custos.installer.cli.Custos demo --port 9090\n"
                .formatted(home.toRealPath(), home.toRealPath()));
  }

  @Test
  void refusesJavaOlderThan25WithAHint() throws Exception {
    Path javaHome = fakeJava("17.0.15");

    Result result = runScript(javaHome, "start");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("Java 25 or newer is required", "'17.0.15'", "JAVA_HOME");
  }

  @Test
  void refusesJava8StyleVersions() throws Exception {
    Path javaHome = fakeJava("1.8.0_402");

    assertThat(runScript(javaHome, "start").exitCode()).isEqualTo(1);
  }

  @Test
  void aJavaHomeWithoutJavaIsNamed() throws Exception {
    Result result = runScript(dir.resolve("no-such-jdk"), "start");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("JAVA_HOME", "no-such-jdk");
  }

  /** A JAVA_HOME whose java prints the version like the JDK does and echoes other arguments. */
  private Path fakeJava(String version) throws IOException {
    Path javaHome = dir.resolve("jdk-" + version);
    Path java = javaHome.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(
        java,
        """
        #!/bin/sh
        if [ "$1" = "-version" ]; then
          echo 'openjdk version "%s" 2025-10-21' >&2
          exit 0
        fi
        echo "$@"
        """
            .formatted(version));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return javaHome;
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private Result runScript(Path javaHome, String... args) throws Exception {
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(home.resolve("bin/custos").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    int exitCode = builder.start().waitFor();
    return new Result(
        exitCode,
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
