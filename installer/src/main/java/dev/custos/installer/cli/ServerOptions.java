package dev.custos.installer.cli;

import dev.custos.installer.launch.DatabaseSettings;
import dev.custos.installer.launch.Distribution;
import dev.custos.installer.launch.JavaRuntime;
import dev.custos.installer.launch.LaunchException;
import dev.custos.installer.launch.ServerSettings;
import dev.custos.installer.launch.TlsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of every command that starts the server. */
final class ServerOptions {

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "<port>",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--db-url",
      paramLabel = "<jdbc-url>",
      description = "JDBC URL of the database (default: embedded H2 in the data directory).")
  private String dbUrl;

  @Option(names = "--db-user", paramLabel = "<user>", description = "Database user.")
  private String dbUser;

  @Option(
      names = "--db-password-file",
      paramLabel = "<file>",
      description = "File holding the database password.")
  private Path dbPasswordFile;

  /** The distribution root; bin/custos passes it, tests set it. */
  @Option(names = "--home", hidden = true, defaultValue = "${sys:custos.home}")
  private Path home;

  int port() {
    return port;
  }

  /** The distribution this command belongs to, checked to be complete. */
  Distribution distribution() {
    if (home == null) {
      throw new LaunchException(
          "The Custos home directory is unknown (system property custos.home)."
              + " Run Custos through bin/custos of the distribution.");
    }
    return new Distribution(home).requireRunnable();
  }

  ServerSettings settings(Distribution distribution, Path dataDir) {
    return settings(distribution, dataDir, Optional.empty());
  }

  ServerSettings settings(Distribution distribution, Path dataDir, Optional<TlsSettings> tls) {
    if (dbPasswordFile != null && !Files.isReadable(dbPasswordFile)) {
      throw new LaunchException(
          "--db-password-file: cannot read " + dbPasswordFile.toAbsolutePath() + ".");
    }
    return new ServerSettings(
        JavaRuntime.currentJava(),
        distribution,
        dataDir,
        port,
        new DatabaseSettings(dbUrl, dbUser, dbPasswordFile),
        tls);
  }
}
