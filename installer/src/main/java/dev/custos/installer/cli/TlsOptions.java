package dev.custos.installer.cli;

import dev.custos.installer.launch.LaunchException;
import dev.custos.installer.launch.TlsSettings;
import dev.custos.installer.launch.TlsSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The HTTPS options of {@code custos start}. */
final class TlsOptions {

  @Option(
      names = "--https-port",
      paramLabel = "<port>",
      description =
          "Serve HTTPS on this port. The HTTP port then answers only health checks, redirects"
              + " pages and refuses API calls.")
  private Integer httpsPort;

  @Option(
      names = "--tls-keystore",
      paramLabel = "<file>",
      description =
          "PKCS#12 key store with the server's key and certificate (default: a self-signed"
              + " certificate made in <data-dir>/tls/ at the first start with HTTPS).")
  private Path keyStore;

  @Option(
      names = "--tls-keystore-password-file",
      paramLabel = "<file>",
      description = "File holding the password of --tls-keystore.")
  private Path keyStorePasswordFile;

  @Option(
      names = "--tls-alias",
      paramLabel = "<alias>",
      description = "The key entry of --tls-keystore to use, if it holds more than one.")
  private String alias;

  @Option(
      names = "--tls-host",
      paramLabel = "<name>",
      description =
          "Host name for the self-signed certificate; repeat for several (default: this"
              + " machine's name and localhost; 127.0.0.1 is always included).")
  private List<String> hostNames;

  /** The HTTPS listener, with its key material ready, or empty when HTTPS is off. */
  Optional<TlsSettings> settings(Path dataDir) {
    if (httpsPort == null) {
      if (keyStore != null || keyStorePasswordFile != null || alias != null || hostNames != null) {
        throw new LaunchException("The --tls-* options need --https-port.");
      }
      return Optional.empty();
    }
    if (keyStore != null) {
      return Optional.of(
          TlsSetup.provided(
              dataDir, httpsPort, keyStore, keyStorePasswordFile, Optional.ofNullable(alias)));
    }
    return Optional.of(
        TlsSetup.selfSigned(
            dataDir,
            httpsPort,
            hostNames == null || hostNames.isEmpty() ? TlsSetup.defaultHostNames() : hostNames));
  }
}
