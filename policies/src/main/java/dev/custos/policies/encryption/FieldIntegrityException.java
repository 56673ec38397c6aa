package dev.custos.policies.encryption;

/**
 * An encrypted field that cannot be trusted: altered, truncated, of an unknown format, moved from
 * another entity, field or subject, or sealed under a key the subject does not have. The message
 * names the field and subject id, never the data.
 */
public final class FieldIntegrityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FieldIntegrityException(String message) {
    super(message);
  }
}
