package dev.custos.policies.pii;

/**
 * The check-digit algorithms that turn "looks like a number of that kind" into "is one": Luhn for
 * card numbers, ISO 7064 MOD 11-2 for Chinese resident ID numbers, ISO 7064 MOD 97-10 for IBANs.
 * Each reads the characters in place, skipping separators, so that checking allocates nothing.
 */
final class Checksums {

  /** GB 11643-1999 weights: 2^(17-i) mod 11 for the 17 leading digits. */
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for each value of the weighted sum mod 11. */
  private static final String ID_CHECK = "10X98765432";

  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Checksums() {}

  /**
   * Luhn over the digits in {@code s[from, to)}; other characters (group separators) are skipped.
   */
  static boolean luhn(String s, int from, int to) {
    int sum = 0;
    boolean doubled = false;
    for (int k = to - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (!Chars.isDigit(c)) {
        continue;
      }
      int digit = c - '0';
      if (doubled) {
        digit = digit * 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /**
   * Whether the 18 characters at {@code s[i]} (17 digits, checked by the caller) end with the right
   * MOD 11-2 check character, {@code X} standing for 10 in either case.
   */
  static boolean cnIdCheck(String s, int i) {
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (s.charAt(i + k) - '0') * ID_WEIGHTS[k];
    }
    char expected = ID_CHECK.charAt(sum % 11);
    char actual = s.charAt(i + 17);
    return actual == expected || (expected == 'X' && actual == 'x');
  }

  /** Whether the 8 digits at {@code s[i]} are a date YYYYMMDD between 1900 and 2099. */
  static boolean isBirthDate(String s, int i) {
    int year = number(s, i, 4);
    int month = number(s, i + 4, 2);
    int day = number(s, i + 6, 2);
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    if (month == 2 && day == 29) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
    return day <= DAYS_IN_MONTH[month - 1];
  }

  /**
   * The MOD 97-10 remainder of the digits of {@code c} appended to {@code remainder}: a digit adds
   * one decimal digit, a letter A-Z two (10 to 35), as ISO 13616 converts an IBAN to a number.
   */
  static int mod97Append(int remainder, char c) {
    if (Chars.isDigit(c)) {
      return (remainder * 10 + (c - '0')) % 97;
    }
    return (remainder * 100 + (c - 'A' + 10)) % 97;
  }

  private static int number(String s, int i, int digits) {
    int value = 0;
    for (int k = i; k < i + digits; k++) {
      value = value * 10 + (s.charAt(k) - '0');
    }
    return value;
  }
}
