package dev.custos.policies.pii;

import static dev.custos.policies.pii.AccountNumbers.NO_MATCH;

/** IPv4, IPv6 and e-mail addresses. */
final class NetworkAddresses {

  private NetworkAddresses() {}

  /** Dotted-quad IPv4: four octets 0-255 without leading zeros, not part of a longer dotted run. */
  static int ipv4(String s, int i) {
    int end = ipv4Body(s, i);
    return end != NO_MATCH && Chars.endsFree(s, end) ? end : NO_MATCH;
  }

  private static int ipv4Body(String s, int i) {
    int n = s.length();
    int k = i;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (k >= n || s.charAt(k) != '.') {
          return NO_MATCH;
        }
        k++;
      }
      int start = k;
      int value = 0;
      while (k < n && k - start < 4 && Chars.isDigit(s.charAt(k))) {
        value = value * 10 + (s.charAt(k) - '0');
        k++;
      }
      int length = k - start;
      if (length == 0 || length > 3 || value > 255 || (length > 1 && s.charAt(start) == '0')) {
        return NO_MATCH;
      }
    }
    return k;
  }

  /**
   * IPv6 in full ({@code 2001:0db8:85a3:0000:0000:8a2e:0370:7334}) or compressed form ({@code
   * 2001:db8::1}, {@code fe80::1ff:fe23:4567:890a}), optionally ending in an IPv4 address ({@code
   * ::ffff:192.0.2.1}). A compressed address needs at least four hex digits or an IPv4 tail, so
   * that {@code ::1} and {@code a::b} (loopback, scope operators) are not reported.
   */
  static int ipv6(String s, int i) {
    int n = s.length();
    int k = i;
    boolean compressed = s.startsWith("::", i);
    if (compressed) {
      if (i > 0 && s.charAt(i - 1) == ':') {
        return NO_MATCH;
      }
      k += 2;
    }
    int groups = 0;
    int hexDigits = 0;
    boolean decimalDigit = false;
    while (true) {
      int start = k;
      while (k < n && k - start < 5 && Chars.is(s.charAt(k), Chars.HEX)) {
        decimalDigit |= Chars.isDigit(s.charAt(k));
        k++;
      }
      int length = k - start;
      if (length == 0 || length > 4) {
        return NO_MATCH;
      }
      if (k < n && s.charAt(k) == '.') {
        int end = groups <= 6 ? ipv4Body(s, start) : NO_MATCH;
        return end == NO_MATCH ? NO_MATCH : finish(s, end, groups + 2, compressed, 4, true);
      }
      groups++;
      hexDigits += length;
      if (s.startsWith("::", k)) {
        if (compressed) {
          return NO_MATCH;
        }
        compressed = true;
        k += 2;
        if (k >= n || !Chars.is(s.charAt(k), Chars.HEX)) {
          return finish(s, k, groups, true, hexDigits, decimalDigit);
        }
      } else if (k + 1 < n && s.charAt(k) == ':' && Chars.is(s.charAt(k + 1), Chars.HEX)) {
        k++;
      } else {
        return finish(s, k, groups, compressed, hexDigits, decimalDigit);
      }
    }
  }

  /**
   * The end of a run of hex groups (one to four digits) joined by colons that starts at {@code i},
   * such as a time {@code 12:30:45} or an address with too many groups; {@code NO_MATCH} when no
   * colon follows the first group. The scanner skips such a run as one token after the IPv6 matcher
   * rejected it, so that its tail is not read as an address of its own.
   */
  static int hexGroupsEnd(String s, int i) {
    int n = s.length();
    int k = hexGroupEnd(s, i);
    int end = NO_MATCH;
    while (k != NO_MATCH && k < n && s.charAt(k) == ':') {
      int colons = k;
      while (colons < n && s.charAt(colons) == ':') {
        colons++;
      }
      k = hexGroupEnd(s, colons);
      end = k == NO_MATCH ? end : k;
    }
    return end;
  }

  private static int hexGroupEnd(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 5 && Chars.is(s.charAt(k), Chars.HEX)) {
      k++;
    }
    return k == i || k - i > 4 ? NO_MATCH : k;
  }

  private static int finish(
      String s, int end, int groups, boolean compressed, int hexDigits, boolean decimalDigit) {
    boolean complete = compressed ? groups <= 7 : groups == 8;
    // Real addresses have decimal digits; "dead::beef" and "cafe::face" are more likely words.
    boolean substantial = decimalDigit && (!compressed || hexDigits >= 4);
    return complete && substantial && Chars.endsFree(s, end) ? end : NO_MATCH;
  }

  /**
   * Where the local part of an e-mail address whose {@code @} is at {@code at} starts, looking no
   * further back than {@code floor} (the end of the previous finding); {@code NO_MATCH} when there
   * is no local part or it runs into the previous finding.
   */
  static int emailStart(String s, int at, int floor) {
    int k = at;
    while (k > floor && Chars.is(s.charAt(k - 1), Chars.LOCAL)) {
      k--;
    }
    if (k == floor && floor > 0 && Chars.is(s.charAt(floor - 1), Chars.LOCAL)) {
      return NO_MATCH;
    }
    // A local part starts with a letter or digit; quotes and dots before it are punctuation.
    while (k < at && !Chars.isAlnum(s.charAt(k))) {
      k++;
    }
    return k < at ? k : NO_MATCH;
  }

  /**
   * Where the domain after the {@code @} at {@code at} ends: two or more dot-separated labels of
   * letters, digits and inner dashes, the last all letters and at least two long.
   */
  static int emailEnd(String s, int at) {
    int n = s.length();
    int k = at + 1;
    int labels = 0;
    int end = NO_MATCH;
    while (k < n) {
      int start = k;
      while (k < n && (Chars.isAlnum(s.charAt(k)) || s.charAt(k) == '-')) {
        k++;
      }
      if (k == start || s.charAt(start) == '-' || s.charAt(k - 1) == '-') {
        break;
      }
      labels++;
      if (labels >= 2 && isTopLevelDomain(s, start, k)) {
        end = k;
      }
      if (k + 1 >= n || s.charAt(k) != '.' || !Chars.isAlnum(s.charAt(k + 1))) {
        break;
      }
      k++;
    }
    return end;
  }

  private static boolean isTopLevelDomain(String s, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Chars.is(s.charAt(k), Chars.UPPER | Chars.LOWER)) {
        return false;
      }
    }
    return true;
  }
}
