package dev.custos.connectors.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a secret is kept. Connector files hold only the reference, so they can be versioned and
 * shown to reviewers; the secret is read when the connector starts.
 */
public sealed interface SecretReference {

  /**
   * Reads the secret.
   *
   * @param environment the process environment (passed in so tests control it)
   * @throws IllegalStateException naming the file or variable (never the secret) if it is absent
   */
  String read(Map<String, String> environment);

  /** A secret in a file readable by the server only; a trailing line break is ignored. */
  record FromFile(Path path) implements SecretReference {
    public FromFile {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String read(Map<String, String> environment) {
      try {
        return Files.readString(path, StandardCharsets.UTF_8).stripTrailing();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the secret file " + path, e);
      }
    }
  }

  /** A secret in an environment variable of the server's process. */
  record FromEnv(String name) implements SecretReference {
    public FromEnv {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String read(Map<String, String> environment) {
      String value = environment.get(name);
      if (value == null) {
        throw new IllegalStateException("The environment variable " + name + " is not set");
      }
      return value;
    }
  }
}
