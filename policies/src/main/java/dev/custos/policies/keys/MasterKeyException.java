package dev.custos.policies.keys;

/**
 * A master key or data key could not be used: a key source that cannot be opened, an unknown master
 * key version, or a wrapped key that fails its integrity check. Messages name files, settings,
 * versions and subject ids, never key bytes or pass phrases.
 */
public class MasterKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MasterKeyException(String message) {
    super(message);
  }

  public MasterKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
