package dev.custos.policies.pii;

import static dev.custos.policies.pii.AccountNumbers.NO_MATCH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds personal data in free text and redacts it. One left-to-right pass: at each place where a
 * finding may start, the matchers for that first character are tried from the most specific kind to
 * the least (resident ID, card, IBAN, IP address, phone), the first that matches wins and the scan
 * continues after it, so findings never overlap. Everything else is skipped a word at a time.
 *
 * <p>Stateless, immutable and thread-safe; share one instance.
 */
public final class PiiScanner {

  private static final PiiKind[] KINDS = PiiKind.values();

  /** The spans of personal data in {@code text}, in text order, never overlapping. */
  public List<PiiSpan> find(String text) {
    List<PiiSpan> spans = List.of();
    int n = text.length();
    int floor = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 128) {
        // Chinese text: no finding starts at a non-ASCII character.
        i++;
        continue;
      }
      if (c == '@') {
        // The local part was skipped as ordinary words; look back for it, no further than floor.
        int start = NetworkAddresses.emailStart(text, i, floor);
        int end = start == NO_MATCH ? NO_MATCH : NetworkAddresses.emailEnd(text, i);
        if (end != NO_MATCH) {
          spans = add(spans, new PiiSpan(start, end, PiiKind.EMAIL));
          floor = end;
        }
        i = Math.max(end, i + 1);
        continue;
      }
      long match =
          Chars.is(c, Chars.START) && Chars.startsFree(text, i) ? matchAt(text, i, c) : NO_MATCH;
      if (match == NO_MATCH) {
        i = skip(text, i, c);
        continue;
      }
      int end = (int) (match >>> 8);
      spans = add(spans, new PiiSpan(i, end, KINDS[(int) (match & 0xFF)]));
      floor = end;
      i = end;
    }
    return spans.isEmpty() ? spans : Collections.unmodifiableList(spans);
  }

  /** The text with every finding replaced by its kind's placeholder; the rest is kept as it is. */
  public String redact(String text) {
    return redact(text, find(text));
  }

  /** The findings in {@code text} and its redacted copy. */
  public PiiScan scan(String text) {
    List<PiiSpan> spans = find(text);
    return new PiiScan(spans, redact(text, spans));
  }

  /**
   * The text with the given spans replaced by their placeholders.
   *
   * @param spans in text order, not overlapping, within the text, as {@link #find} returns them
   * @throws IllegalArgumentException when the spans are out of order, overlap or pass the end
   */
  public static String redact(String text, List<PiiSpan> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (PiiSpan span : spans) {
      if (span.start() < last || span.end() > text.length()) {
        throw new IllegalArgumentException(
            "Spans must be in order, apart and within the text; " + span + " is not");
      }
      out.append(text, last, span.start()).append(span.kind().placeholder());
      last = span.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * The finding that starts at {@code i}, packed as {@code end << 8 | kind ordinal} so that the hot
   * loop allocates only for actual findings; {@code NO_MATCH} when there is none.
   */
  private static long matchAt(String s, int i, char c) {
    int end;
    if (Chars.isDigit(c)) {
      if ((end = AccountNumbers.cnId(s, i)) != NO_MATCH) {
        return pack(end, PiiKind.CN_ID);
      }
      if ((end = AccountNumbers.card(s, i)) != NO_MATCH) {
        return pack(end, PiiKind.CARD);
      }
      if ((end = NetworkAddresses.ipv4(s, i)) != NO_MATCH
          || (end = NetworkAddresses.ipv6(s, i)) != NO_MATCH) {
        return pack(end, PiiKind.IP);
      }
      return pack(PhoneNumbers.digit(s, i), PiiKind.PHONE);
    }
    if (Chars.is(c, Chars.UPPER | Chars.LOWER)) {
      if (Chars.is(c, Chars.UPPER) && (end = AccountNumbers.iban(s, i)) != NO_MATCH) {
        return pack(end, PiiKind.IBAN);
      }
      return Chars.is(c, Chars.HEX) ? pack(NetworkAddresses.ipv6(s, i), PiiKind.IP) : NO_MATCH;
    }
    return switch (c) {
      case '+' -> pack(PhoneNumbers.plus(s, i), PiiKind.PHONE);
      case '(' -> pack(PhoneNumbers.parenthesis(s, i), PiiKind.PHONE);
      case ':' -> pack(NetworkAddresses.ipv6(s, i), PiiKind.IP);
      default -> NO_MATCH;
    };
  }

  /** Where to look next after nothing was found at {@code i}. */
  private static int skip(String s, int i, char c) {
    if (!Chars.isAlnum(c)) {
      return i + 1;
    }
    // Runs that look like a rejected IBAN or IPv6 address are skipped whole, so that their
    // parts are not reported on their own.
    int shapeEnd = NO_MATCH;
    if (Chars.is(c, Chars.UPPER)) {
      shapeEnd = AccountNumbers.ibanShapeEnd(s, i);
    }
    if (shapeEnd == NO_MATCH && Chars.is(c, Chars.HEX)) {
      shapeEnd = NetworkAddresses.hexGroupsEnd(s, i);
    }
    return shapeEnd != NO_MATCH ? shapeEnd : Chars.skipWord(s, i);
  }

  private static long pack(int end, PiiKind kind) {
    return end == NO_MATCH ? NO_MATCH : ((long) end << 8) | kind.ordinal();
  }

  private static List<PiiSpan> add(List<PiiSpan> spans, PiiSpan span) {
    List<PiiSpan> list = spans.isEmpty() ? new ArrayList<>() : spans;
    list.add(span);
    return list;
  }
}
