package dev.custos.server.consent;

/**
 * An identifier of a person (e-mail address, phone number or Chinese resident ID number) to find
 * their subject by blind index. The value is personal data: it is hashed with the blind-index key,
 * never stored or logged, and {@link #toString()} hides it.
 *
 * @param kind {@code email}, {@code phone} or {@code cn-resident-id}
 */
public record IdentifierInput(String kind, String value) {
  @Override
  public String toString() {
    return "IdentifierInput[kind=" + kind + ", value=***]";
  }
}
