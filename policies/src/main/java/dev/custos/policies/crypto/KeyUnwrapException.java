package dev.custos.policies.crypto;

/**
 * A wrapped key could not be unwrapped: it was altered, truncated or wrapped under another key. The
 * message never contains key bytes.
 */
public final class KeyUnwrapException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyUnwrapException(String message) {
    super(message);
  }
}
