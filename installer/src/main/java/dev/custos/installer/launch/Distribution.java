package dev.custos.installer.launch;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An unpacked Custos distribution ({@code CUSTOS_HOME}): {@code bin/custos}, {@code
 * lib/payara-micro.jar}, {@code lib/custos.war} and {@code lib/cli/}.
 *
 * @param home the distribution's root directory
 */
public record Distribution(Path home) {

  public Distribution {
    home = home.toAbsolutePath().normalize();
  }

  public Path payaraMicroJar() {
    return home.resolve("lib").resolve("payara-micro.jar");
  }

  public Path serverWar() {
    return home.resolve("lib").resolve("custos.war");
  }

  /** Fails with an actionable message when the runtime or the server is missing. */
  public Distribution requireRunnable() {
    if (!Files.isRegularFile(payaraMicroJar())) {
      throw new LaunchException(
          "Payara Micro is missing: "
              + payaraMicroJar()
              + ". Unpack the complete Custos distribution again.");
    }
    if (!Files.isRegularFile(serverWar())) {
      throw new LaunchException(
          "The Custos server is missing: "
              + serverWar()
              + ". This distribution was built without it; build it with"
              + " 'mvn package -DskipTests' from the project root or unpack a complete release.");
    }
    return this;
  }
}
