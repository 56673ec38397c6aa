package dev.custos.policies.pii;

/**
 * Matchers for numbers that identify a person or their money: Chinese resident ID numbers, payment
 * card numbers and IBANs. Each takes a start index where a finding may begin and returns the end of
 * the finding, or {@link #NO_MATCH}.
 */
final class AccountNumbers {

  static final int NO_MATCH = -1;

  private static final int CARD_MIN_DIGITS = 13;
  private static final int CARD_MAX_DIGITS = 19;
  private static final int IBAN_MIN_LENGTH = 15;
  private static final int IBAN_MAX_LENGTH = 34;

  /** 10^6 mod 97: moves the BBAN's remainder past the six digits of country code and check. */
  private static final int SHIFT_SIX_DIGITS = 1_000_000 % 97;

  private AccountNumbers() {}

  /**
   * A Chinese resident ID number: a region code (first digit 1-8), a valid birth date YYYYMMDD, a
   * 3-digit sequence and a MOD 11-2 check character, 18 characters not glued to more.
   */
  static int cnId(String s, int i) {
    int end = i + 18;
    if (end > s.length() || s.charAt(i) < '1' || s.charAt(i) > '8') {
      return NO_MATCH;
    }
    for (int k = i + 1; k < i + 17; k++) {
      if (!Chars.isDigit(s.charAt(k))) {
        return NO_MATCH;
      }
    }
    boolean valid =
        Checksums.cnIdCheck(s, i) && Checksums.isBirthDate(s, i + 6) && Chars.endsFree(s, end);
    return valid ? end : NO_MATCH;
  }

  /**
   * A payment card number of 13-19 digits passing Luhn: either one run of digits, or groups of four
   * joined by one kind of separator (space or dash) with a last group of one to four digits. Card
   * numbers never start with 0. Of several valid groupings the longest wins.
   */
  static int card(String s, int i) {
    if (s.charAt(i) == '0') {
      return NO_MATCH;
    }
    int run = digitsAt(s, i);
    if (run >= CARD_MIN_DIGITS && run <= CARD_MAX_DIGITS) {
      int end = i + run;
      return Chars.endsFree(s, end) && Checksums.luhn(s, i, end) ? end : NO_MATCH;
    }
    return run == 4 ? groupedCard(s, i) : NO_MATCH;
  }

  private static int groupedCard(String s, int i) {
    int n = s.length();
    int groupEnd = i + 4;
    char separator = groupEnd < n ? s.charAt(groupEnd) : 0;
    if (separator != ' ' && separator != '-') {
      return NO_MATCH;
    }
    int digits = 4;
    int best = NO_MATCH;
    while (groupEnd + 1 < n && s.charAt(groupEnd) == separator) {
      int group = digitsAt(s, groupEnd + 1);
      if (group == 0 || group > 4 || digits + group > CARD_MAX_DIGITS) {
        break;
      }
      digits += group;
      groupEnd += 1 + group;
      if (digits >= CARD_MIN_DIGITS
          && Chars.endsFree(s, groupEnd)
          && Checksums.luhn(s, i, groupEnd)) {
        best = groupEnd;
      }
      if (group < 4) {
        break;
      }
    }
    return best;
  }

  /**
   * An IBAN: country code (two capitals), two check digits and a BBAN of capitals and digits, 15-34
   * characters in all, whose ISO 7064 MOD 97-10 value is 1. Printed IBANs are grouped in fours by
   * single spaces; the longest valid grouping wins. Country-specific lengths are not checked.
   */
  static int iban(String s, int i) {
    return (int) ibanScan(s, i);
  }

  /**
   * Where an IBAN-shaped run starting at {@code i} ends, valid or not, or {@link #NO_MATCH}. The
   * scanner skips such a run when its check fails, so that the digits of a mistyped IBAN are not
   * read again as a card or phone number.
   */
  static int ibanShapeEnd(String s, int i) {
    return (int) (ibanScan(s, i) >> 32);
  }

  /**
   * The longest valid IBAN end in the low half, the end of the IBAN-shaped run in the high half.
   */
  private static long ibanScan(String s, int i) {
    int n = s.length();
    if (i + 4 > n
        || !Chars.is(s.charAt(i), Chars.UPPER)
        || !Chars.is(s.charAt(i + 1), Chars.UPPER)
        || !Chars.isDigit(s.charAt(i + 2))
        || !Chars.isDigit(s.charAt(i + 3))) {
      return pair(NO_MATCH, NO_MATCH);
    }
    int head = 0;
    for (int k = i; k < i + 4; k++) {
      head = Checksums.mod97Append(head, s.charAt(k));
    }
    return ibanBody(s, i + 4, head);
  }

  /**
   * Reads the BBAN from {@code k} on. The check value is the BBAN's remainder shifted past the six
   * digits of country code and check digits plus {@code head}, their remainder, because ISO 13616
   * moves those four characters to the end.
   */
  private static long ibanBody(String s, int k, int head) {
    int n = s.length();
    int length = 4;
    int group = 4;
    int remainder = 0;
    int best = NO_MATCH;
    int shapeEnd = NO_MATCH;
    while (length <= IBAN_MAX_LENGTH) {
      char c = k < n ? s.charAt(k) : ' ';
      if (k < n && Chars.isUpperOrDigit(c)) {
        remainder = Checksums.mod97Append(remainder, c);
        length++;
        group++;
        k++;
        continue;
      }
      // A group ends here: a candidate if long enough, and valid if the check passes.
      if (length >= IBAN_MIN_LENGTH && Chars.endsFree(s, k)) {
        shapeEnd = k;
        if ((remainder * SHIFT_SIX_DIGITS + head) % 97 == 1) {
          best = k;
        }
      }
      if (c != ' ' || group != 4 || k + 1 >= n || !Chars.isUpperOrDigit(s.charAt(k + 1))) {
        break;
      }
      group = 0;
      k++;
    }
    return pair(best, shapeEnd);
  }

  private static long pair(int low, int high) {
    return ((long) high << 32) | (low & 0xFFFF_FFFFL);
  }

  /** The number of ASCII digits from {@code i} on. */
  static int digitsAt(String s, int i) {
    int n = s.length();
    int k = i;
    while (k < n && Chars.isDigit(s.charAt(k))) {
      k++;
    }
    return k - i;
  }
}
