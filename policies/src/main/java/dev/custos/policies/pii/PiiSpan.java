package dev.custos.policies.pii;

import java.util.Objects;

/**
 * Where personal data was found: the UTF-16 indices {@code [start, end)} into the scanned text, and
 * its kind. Holds no text, so it may be logged.
 */
public record PiiSpan(int start, int end, PiiKind kind) {

  public PiiSpan {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "A span needs 0 <= start < end, was " + start + ".." + end);
    }
  }

  /** The number of chars it covers. */
  public int length() {
    return end - start;
  }
}
