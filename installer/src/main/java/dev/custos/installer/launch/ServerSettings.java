package dev.custos.installer.launch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to start one server.
 *
 * @param javaExecutable the {@code java} to run Payara Micro with
 * @param distribution where Payara Micro and the server WAR are
 * @param dataDir the server's data directory ({@code custos.data.dir}); Payara's own working files
 *     go to its {@code payara} subdirectory
 * @param port the HTTP port
 * @param database the database settings
 * @param tls the HTTPS listener, if the server has one
 */
public record ServerSettings(
    Path javaExecutable,
    Distribution distribution,
    Path dataDir,
    int port,
    DatabaseSettings database,
    Optional<TlsSettings> tls) {

  /** A server that speaks plain HTTP only. */
  public ServerSettings(
      Path javaExecutable, Distribution distribution, Path dataDir, int port, DatabaseSettings db) {
    this(javaExecutable, distribution, dataDir, port, db, Optional.empty());
  }

  public ServerSettings {
    if (port < 1 || port > 65_535) {
      throw new LaunchException("The port must be between 1 and 65535, not " + port + ".");
    }
    if (tls.isPresent() && tls.get().port() == port) {
      throw new LaunchException("The HTTPS port must differ from the HTTP port " + port + ".");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  /** Where the server writes the initial password of the {@code admin} user on first start. */
  public Path initialAdminPasswordFile() {
    return dataDir.resolve("initial-admin-password.txt");
  }

  /**
   * Payara Micro's working directory. It holds nothing Custos needs from one start to the next, and
   * is emptied before each start: after a crash Payara would otherwise deploy the application it
   * recorded there, then deploy it again from {@code --deploy}, starting everything twice.
   */
  public Path payaraRootDir() {
    return dataDir.resolve("payara");
  }

  /** The server as reached from this machine. */
  public URI localUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** The full command that starts Payara Micro with the server deployed. */
  public List<String> commandLine() {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable.toString());
    command.add("-Dcustos.data.dir=" + dataDir);
    for (Map.Entry<String, String> property : database.systemProperties().entrySet()) {
      command.add("-D" + property.getKey() + "=" + property.getValue());
    }
    tls.ifPresent(t -> command.add("-Dcustos.http.https-port=" + t.port()));
    command.addAll(
        List.of(
            "-jar",
            distribution.payaraMicroJar().toString(),
            "--deploy",
            distribution.serverWar().toString(),
            "--port",
            Integer.toString(port),
            "--rootdir",
            payaraRootDir().toString(),
            "--nocluster"));
    tls.ifPresent(t -> command.addAll(t.payaraOptions()));
    return List.copyOf(command);
  }
}
