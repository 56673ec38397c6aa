package dev.custos.policies.keys;

/**
 * A key store or pass-phrase file that users other than its owner may read or write. Custos refuses
 * to use it: anyone who can read both files can decrypt every subject's data.
 */
public final class InsecureKeyFileException extends MasterKeyException {

  private static final long serialVersionUID = 1L;

  public InsecureKeyFileException(String message) {
    super(message);
  }
}
