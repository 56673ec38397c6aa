package dev.custos.policies.purpose;

import java.util.Objects;

/**
 * The id of a purpose, in kebab-case ({@code feedback-analysis}). Ids are stable: consent events,
 * gated records and audit events refer to purposes by id, so a purpose is renamed only through its
 * display names, never through its id.
 */
public record PurposeId(String value) implements Comparable<PurposeId> {

  public PurposeId {
    Objects.requireNonNull(value, "value");
    if (!Ids.isKebabCase(value)) {
      throw new IllegalArgumentException(
          "A purpose id is kebab-case: lower-case words of letters and digits joined by single"
              + " hyphens, starting with a letter, at most 64 characters");
    }
  }

  /** The purpose id with this value. */
  public static PurposeId of(String value) {
    return new PurposeId(value);
  }

  /** Whether the text is a well-formed purpose id. */
  public static boolean isValid(String text) {
    return text != null && Ids.isKebabCase(text);
  }

  @Override
  public int compareTo(PurposeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
