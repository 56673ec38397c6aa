package dev.custos.policies.consent;

import java.util.Objects;

/** Checks of the short identifiers that consent events carry. */
final class Texts {

  static final int MAX_TOKEN = 128;

  private Texts() {}

  /**
   * Requires a token: 1 to {@value #MAX_TOKEN} visible characters with no white space. Messages
   * name the field, never the value, which could be anything a source system sent.
   */
  static String requireToken(String text, String what) {
    Objects.requireNonNull(text, what);
    int length = text.length();
    if (length == 0 || length > MAX_TOKEN) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_TOKEN + " characters");
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(what + " must not contain white space");
      }
    }
    return text;
  }
}
