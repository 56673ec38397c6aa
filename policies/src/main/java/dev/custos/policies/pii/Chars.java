package dev.custos.policies.pii;

/**
 * ASCII character classes and the word boundaries every finding must respect, from one lookup
 * table. Anything outside ASCII (Chinese characters, full-width punctuation) is a boundary: Chinese
 * text has no spaces, so a number written right after a Chinese character still stands alone.
 */
final class Chars {

  static final int DIGIT = 1;
  static final int UPPER = 1 << 1;
  static final int LOWER = 1 << 2;
  static final int HEX = 1 << 3;

  /** Characters accepted in the local part of an e-mail address (a common subset of RFC 5322). */
  static final int LOCAL = 1 << 4;

  /** Characters at which a finding other than an e-mail address may start. */
  static final int START = 1 << 5;

  private static final int ALNUM = DIGIT | UPPER | LOWER;
  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = DIGIT | HEX | LOCAL;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = (byte) (UPPER | LOCAL | (c <= 'F' ? HEX : 0));
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = (byte) (LOWER | LOCAL | (c <= 'f' ? HEX : 0));
    }
    for (char c : "._%+-'".toCharArray()) {
      CLASS[c] |= LOCAL;
    }
    for (int c = 0; c < 128; c++) {
      if ((CLASS[c] & (DIGIT | UPPER | LOWER)) != 0 || c == '+' || c == '(' || c == ':') {
        CLASS[c] |= START;
      }
    }
  }

  private Chars() {}

  static boolean is(char c, int kind) {
    return c < 128 && (CLASS[c] & kind) != 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlnum(char c) {
    return c < 128 && (CLASS[c] & ALNUM) != 0;
  }

  /** An upper-case ASCII letter or a digit: the characters of an IBAN. */
  static boolean isUpperOrDigit(char c) {
    return c < 128 && (CLASS[c] & (UPPER | DIGIT)) != 0;
  }

  /** The index after the run of ASCII letters and digits that starts at {@code i}. */
  static int skipWord(String s, int i) {
    int n = s.length();
    int k = i + 1;
    while (k < n && isAlnum(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether a finding may start at {@code i}: the character before is not a letter, digit, '_' or
   * '@', nor a '-' or '.' that glues the text to a preceding word, as in an order id {@code
   * ORD-20240115-4242} or a decimal {@code 3.1415}.
   */
  static boolean startsFree(String s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (isAlnum(before) || before == '_' || before == '@') {
      return false;
    }
    return !(isConnector(before) && i >= 2 && isAlnum(s.charAt(i - 2)));
  }

  /** Whether a finding may end at {@code end} (exclusive): the mirror of {@link #startsFree}. */
  static boolean endsFree(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char after = s.charAt(end);
    if (isAlnum(after) || after == '_' || after == '@') {
      return false;
    }
    return !(isConnector(after) && end + 1 < s.length() && isAlnum(s.charAt(end + 1)));
  }

  private static boolean isConnector(char c) {
    return c == '-' || c == '.';
  }
}
