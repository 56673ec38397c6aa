package dev.custos.policies.blindindex;

/**
 * The check of a Chinese resident identity card number (GB 11643-1999): 17 digits, then a check
 * character computed with ISO 7064 MOD 11-2 ('X' stands for 10).
 */
public final class ChineseResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ChineseResidentIds() {}

  /** True for 18 characters whose last one is the right check character for the first 17. */
  public static boolean isValid(CharSequence id) {
    if (id.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11] == id.charAt(17);
  }

  /** The check character for the first 17 digits (which must be digits). */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
