package dev.custos.policies.subject;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The pseudonymous id of a data subject. Opaque: it carries no personal data, so it may appear in
 * logs, audit events and exception messages (still personal data in law, because it links records
 * of one person).
 */
public record SubjectId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  public SubjectId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("A subject id is 8-64 characters of [A-Za-z0-9_-]");
    }
  }

  /** A fresh random subject id. */
  public static SubjectId random() {
    return new SubjectId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
