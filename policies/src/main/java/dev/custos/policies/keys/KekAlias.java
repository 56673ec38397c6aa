package dev.custos.policies.keys;

import java.util.OptionalInt;

/** The key-store alias of a master key version: {@code kek-<version>}. */
final class KekAlias {

  static final String PREFIX = "kek-";

  private KekAlias() {}

  static String of(int version) {
    return PREFIX + version;
  }

  /** The version an alias names, or empty when the alias is not {@code kek-<digits>}. */
  static OptionalInt version(String alias) {
    if (!alias.startsWith(PREFIX) || alias.length() == PREFIX.length()) {
      return OptionalInt.empty();
    }
    int version = 0;
    for (int i = PREFIX.length(); i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (c < '0' || c > '9' || version > (Integer.MAX_VALUE - 9) / 10) {
        return OptionalInt.empty();
      }
      version = version * 10 + (c - '0');
    }
    return version < 1 ? OptionalInt.empty() : OptionalInt.of(version);
  }
}
