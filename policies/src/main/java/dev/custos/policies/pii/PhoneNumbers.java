package dev.custos.policies.pii;

import static dev.custos.policies.pii.AccountNumbers.NO_MATCH;
import static dev.custos.policies.pii.AccountNumbers.digitsAt;

/**
 * Phone numbers: international numbers written with a leading {@code +}, and Chinese mobile and
 * landline numbers written the ways people in China write them. Numbers without a country code in
 * other national formats (such as {@code (415) 555-0132}) are not recognised: alone they are too
 * easily confused with other numbers.
 */
final class PhoneNumbers {

  /** E.164 allows at most 15 digits, country code included. */
  private static final int MAX_DIGITS = 15;

  private static final int MIN_DIGITS = 8;

  private PhoneNumbers() {}

  /** A number that starts with {@code +}: Chinese ({@code +86}) first, then any other country. */
  static int plus(String s, int i) {
    if (s.startsWith("+86", i)) {
      int end = cnMobileAfterPrefix(s, i + 3);
      if (end != NO_MATCH) {
        return end;
      }
    }
    return international(s, i);
  }

  /**
   * A number that starts with a digit: {@code 0086} and a mobile number, a mobile number {@code
   * 1[3-9]} and nine digits, or a landline with its area code.
   */
  static int digit(String s, int i) {
    char c = s.charAt(i);
    if (c == '1') {
      return cnMobile(s, i);
    }
    if (c == '0') {
      if (s.startsWith("0086", i)) {
        return cnMobileAfterPrefix(s, i + 4);
      }
      return cnLandline(s, i, false);
    }
    return NO_MATCH;
  }

  /**
   * A landline whose area code is in parentheses: {@code (010)12345678}, {@code (0755) 1234567}.
   */
  static int parenthesis(String s, int i) {
    return cnLandline(s, i, true);
  }

  private static int cnMobileAfterPrefix(String s, int k) {
    if (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '-')) {
      k++;
    }
    return k < s.length() && s.charAt(k) == '1' ? cnMobile(s, k) : NO_MATCH;
  }

  /** {@code 13800138000}, or grouped 3-4-4 by spaces or dashes: {@code 138-0013-8000}. */
  private static int cnMobile(String s, int i) {
    if (i + 1 >= s.length() || s.charAt(i + 1) < '3' || s.charAt(i + 1) > '9') {
      return NO_MATCH;
    }
    int run = digitsAt(s, i);
    int end = NO_MATCH;
    if (run == 11) {
      end = i + 11;
    } else if (run == 3 && i + 13 <= s.length()) {
      char separator = s.charAt(i + 3);
      boolean grouped =
          (separator == ' ' || separator == '-')
              && digitsAt(s, i + 4) == 4
              && s.charAt(i + 8) == separator
              && digitsAt(s, i + 9) == 4;
      end = grouped ? i + 13 : NO_MATCH;
    }
    return end != NO_MATCH && Chars.endsFree(s, end) ? end : NO_MATCH;
  }

  /**
   * A Chinese landline: area code (010 and 02x have three digits, the others four), a dash or space
   * or a closing parenthesis, then a local number of 7-8 digits not starting with 0.
   */
  private static int cnLandline(String s, int i, boolean parenthesised) {
    int n = s.length();
    int k = parenthesised ? i + 1 : i;
    if (k + 1 >= n || s.charAt(k) != '0' || s.charAt(k + 1) == '0') {
      return NO_MATCH;
    }
    int areaLength = s.charAt(k + 1) == '1' || s.charAt(k + 1) == '2' ? 3 : 4;
    if (digitsAt(s, k) != areaLength) {
      return NO_MATCH;
    }
    k += areaLength;
    if (parenthesised) {
      if (k >= n || s.charAt(k) != ')') {
        return NO_MATCH;
      }
      k++;
      if (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '-')) {
        k++;
      }
    } else if (k < n && (s.charAt(k) == '-' || s.charAt(k) == ' ')) {
      k++;
    } else {
      return NO_MATCH;
    }
    int local = digitsAt(s, k);
    boolean valid = (local == 7 || local == 8) && s.charAt(k) != '0';
    return valid && Chars.endsFree(s, k + local) ? k + local : NO_MATCH;
  }

  /**
   * {@code +} and 8-15 digits in groups separated by one space, dash or dot, a group possibly in
   * parentheses: {@code +44 20 7946 0958}, {@code +1 (415) 555-0132}, {@code +44 (0)20 7946 0958},
   * {@code +33.1.23.45.67.89}. The number ends at its last group of two or more digits, so that a
   * stray digit after it ("+1 415 555 0132 2 tickets") stays outside.
   */
  private static int international(String s, int i) {
    int n = s.length();
    if (i + 1 >= n || s.charAt(i + 1) < '1' || s.charAt(i + 1) > '9') {
      return NO_MATCH;
    }
    int k = i + 1;
    int digits = 0;
    int end = NO_MATCH;
    while (k < n) {
      boolean parenthesised = s.charAt(k) == '(';
      int group = digitsAt(s, parenthesised ? k + 1 : k);
      int groupEnd = (parenthesised ? k + 1 : k) + group;
      if (group == 0 || (parenthesised && (groupEnd >= n || s.charAt(groupEnd) != ')'))) {
        break;
      }
      digits += group;
      if (digits > MAX_DIGITS) {
        break;
      }
      k = parenthesised ? groupEnd + 1 : groupEnd;
      if (!parenthesised && group >= 2 && digits >= MIN_DIGITS) {
        end = k;
      }
      k = nextGroup(s, k);
      if (k < 0) {
        break;
      }
    }
    return end != NO_MATCH && Chars.endsFree(s, end) ? end : NO_MATCH;
  }

  /** Where the next group starts after a group ending at {@code k}, or -1 when the number ends. */
  private static int nextGroup(String s, int k) {
    int n = s.length();
    if (k >= n) {
      return -1;
    }
    char c = s.charAt(k);
    if (c == '(' || (Chars.isDigit(c) && s.charAt(k - 1) == ')')) {
      return k;
    }
    boolean separator = c == ' ' || c == '-' || c == '.';
    if (separator && k + 1 < n && (Chars.isDigit(s.charAt(k + 1)) || s.charAt(k + 1) == '(')) {
      return k + 1;
    }
    return -1;
  }
}
