package dev.custos.policies.keys;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a pass phrase or PIN comes from: a file readable only by its owner, or an environment
 * variable. Each source remembers the setting that named it, so errors point at that setting.
 */
public sealed interface SecretSource {

  /** The setting that chose this source, such as {@code custos.keys.pkcs12.passphrase-file}. */
  String setting();

  /** The secret is the content of a file, less one trailing line break. */
  record FromFile(String setting, Path path) implements SecretSource {
    public FromFile {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(path, "path");
    }
  }

  /** The secret is the value of an environment variable. */
  record FromEnvironment(String setting, String variable) implements SecretSource {
    public FromEnvironment {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(variable, "variable");
      if (!isVariableName(variable)) {
        throw new KeySettingsException(
            setting + " must name an environment variable ([A-Za-z_][A-Za-z0-9_]*)");
      }
    }

    private static boolean isVariableName(String name) {
      if (name.isEmpty()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        if (!letter && (i == 0 || c < '0' || c > '9')) {
          return false;
        }
      }
      return true;
    }
  }
}
