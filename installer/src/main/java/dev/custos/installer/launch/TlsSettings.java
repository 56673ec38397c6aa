package dev.custos.installer.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * The server's HTTPS listener: its port, and the key store Payara Micro reads through a
 * system-properties file (so that the key store password never appears on a command line, which
 * every local user can read).
 *
 * @param port the HTTPS port
 * @param alias the key entry in the key store that holds the server's key and certificate
 * @param payaraProperties the owner-only file naming the key store and its password
 */
public record TlsSettings(int port, String alias, Path payaraProperties) {

  public TlsSettings {
    if (port < 1 || port > 65_535) {
      throw new LaunchException("The HTTPS port must be between 1 and 65535, not " + port + ".");
    }
  }

  /** Payara Micro's options for the HTTPS listener. */
  List<String> payaraOptions() {
    return List.of(
        "--sslport",
        Integer.toString(port),
        "--sslcert",
        alias,
        "--systemproperties",
        payaraProperties.toString());
  }
}
