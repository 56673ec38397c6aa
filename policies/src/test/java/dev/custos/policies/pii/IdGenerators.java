package dev.custos.policies.pii;

import java.math.BigInteger;

/**
 * Builds valid identifiers for tests, with the check algorithms written out independently of the
 * scanner's (BigInteger for IBANs, the textbook Luhn and MOD 11-2 loops).
 */
final class IdGenerators {

  private IdGenerators() {}

  /** The MOD 11-2 check character for the 17 leading digits of a resident ID number. */
  static char cnIdCheck(String seventeenDigits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = BigInteger.TWO.pow(17 - i).mod(BigInteger.valueOf(11)).intValue();
      sum += (seventeenDigits.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /** The digit that makes {@code body + digit} pass Luhn. */
  static char luhnCheck(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int digit = body.charAt(body.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** An IBAN in electronic form with correct check digits for the country and BBAN. */
  static String iban(String country, String bban) {
    BigInteger value = new BigInteger(numeric(bban + country + "00"));
    int check = 98 - value.mod(BigInteger.valueOf(97)).intValue();
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  /** The value with {@code separator} after every four characters (none when it is empty). */
  static String groupInFours(String value, String separator) {
    if (separator.isEmpty()) {
      return value;
    }
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < value.length(); i += 4) {
      if (i > 0) {
        grouped.append(separator);
      }
      grouped.append(value, i, Math.min(i + 4, value.length()));
    }
    return grouped.toString();
  }

  private static String numeric(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return digits.toString();
  }
}
