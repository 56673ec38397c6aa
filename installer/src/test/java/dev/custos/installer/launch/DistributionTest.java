package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {

  @TempDir private Path home;

  @Test
  void aCompleteDistributionIsRunnable() throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Files.createFile(home.resolve("lib/payara-micro.jar"));
    Files.createFile(home.resolve("lib/custos.war"));

    Distribution distribution = new Distribution(home).requireRunnable();

    assertThat(distribution.serverWar()).isEqualTo(home.resolve("lib/custos.war"));
  }

  @Test
  void aMissingWarSaysHowToBuildIt() throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Files.createFile(home.resolve("lib/payara-micro.jar"));

    assertThatThrownBy(() -> new Distribution(home).requireRunnable())
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("custos.war")
        .hasMessageContaining("mvn package");
  }

  @Test
  void aMissingRuntimeIsNamed() {
    assertThatThrownBy(() -> new Distribution(home).requireRunnable())
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("payara-micro.jar");
  }
}
