package dev.custos.policies.purpose;

/** Hand-written checks of the id formats used in packs: they run on every event and look-up. */
final class Ids {

  static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Whether the text is kebab-case: lower-case ASCII words of letters and digits, starting with a
   * letter, joined by single hyphens, at most {@value #MAX_LENGTH} characters.
   */
  static boolean isKebabCase(String text) {
    int length = text.length();
    if (length == 0 || length > MAX_LENGTH || !isLowerLetter(text.charAt(0))) {
      return false;
    }
    boolean afterHyphen = false;
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (isLowerLetter(c) || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Whether the text is a jurisdiction code: 2 to 16 upper-case ASCII letters, digits or hyphens,
   * starting with a letter (ISO 3166-1 alpha-2 such as {@code CN}, {@code EU}, or a subdivision
   * such as {@code US-CA}).
   */
  static boolean isJurisdiction(String text) {
    int length = text.length();
    if (length < 2 || length > 16 || !isUpperLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!isUpperLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return text.charAt(length - 1) != '-';
  }

  private static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
