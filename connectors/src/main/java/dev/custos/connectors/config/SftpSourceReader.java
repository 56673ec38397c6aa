package dev.custos.connectors.config;

import dev.custos.connectors.config.SourceSettings.SftpCredential;
import dev.custos.connectors.config.SourceSettings.SftpServer;
import dev.custos.policies.yaml.YamlMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the SFTP keys of a {@code file-drop} source ({@code protocol: sftp}). */
final class SftpSourceReader {

  private static final List<String> SFTP_KEYS =
      List.of(
          "host",
          "port",
          "user",
          "password",
          "privateKey",
          "knownHostsFile",
          "strictHostKeyChecking");
  private static final int DEFAULT_PORT = 22;

  private SftpSourceReader() {}

  /**
   * @return empty when the keys are wrong (problems recorded); else the server, or none for local
   *     directories
   */
  static Optional<Optional<SftpServer>> read(YamlMap source) {
    String protocol = source.optionalText("protocol", "local or sftp").orElse("local");
    if (protocol.equals("local")) {
      List<String> misplaced = SFTP_KEYS.stream().filter(source::has).toList();
      misplaced.forEach(
          key -> source.problem(source.entries().get(key), key, "only for protocol: sftp"));
      return misplaced.isEmpty() ? Optional.of(Optional.empty()) : Optional.empty();
    }
    if (!protocol.equals("sftp")) {
      source.problem(
          source.entries().get("protocol"), "protocol", "unknown protocol; expected local or sftp");
      return Optional.empty();
    }
    return server(source).map(Optional::of);
  }

  private static Optional<SftpServer> server(YamlMap source) {
    Optional<String> host = source.text("host", "a host name or address");
    Optional<Integer> portValue = source.optionalInt("port", 65_535);
    boolean portValid = !source.has("port") || portValue.isPresent();
    int port = portValue.orElse(DEFAULT_PORT);
    Optional<String> user = source.text("user", "the SFTP user");
    Optional<SftpCredential> credential = credential(source);
    Optional<Path> knownHosts =
        source
            .optionalText("knownHostsFile", "an absolute path")
            .map(Path::of)
            .filter(p -> SourceReader.absolute(source, "knownHostsFile", p));
    boolean strict = source.optionalBool("strictHostKeyChecking").orElse(true);
    if (strict && !source.has("knownHostsFile")) {
      source.problem(
          source.node(),
          "knownHostsFile",
          "missing; the server's host key is checked against it (strictHostKeyChecking: false"
              + " is for tests only)");
      return Optional.empty();
    }
    if (host.isEmpty()
        || !portValid
        || user.isEmpty()
        || credential.isEmpty()
        || (source.has("knownHostsFile") && knownHosts.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new SftpServer(host.get(), port, user.get(), credential.get(), knownHosts, strict));
  }

  private static Optional<SftpCredential> credential(YamlMap source) {
    if (source.has("password") == source.has("privateKey")) {
      source.problem(source.node(), "password", "give either password or privateKey");
      return Optional.empty();
    }
    if (source.has("password")) {
      return SourceReader.secret(source, "password").map(SftpCredential.Password::new);
    }
    return source
        .map("privateKey", java.util.Set.of("file"))
        .flatMap(key -> key.text("file", "an absolute path"))
        .map(Path::of)
        .filter(p -> SourceReader.absolute(source, "privateKey", p))
        .map(SftpCredential.PrivateKey::new);
  }
}
