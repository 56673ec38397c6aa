package dev.custos.policies.encryption;

/**
 * The outcome of decrypting a field: its value, or the fact that the subject was erased.
 *
 * @param <T> {@code byte[]} or {@code String}
 */
public sealed interface Decryption<T> permits Decryption.Decrypted, Decryption.Erased {

  /**
   * The value that was encrypted; {@code null} when {@code null} was encrypted.
   *
   * @param value the plaintext; personal data, so {@link #toString()} never shows it
   */
  record Decrypted<T>(T value) implements Decryption<T> {
    @Override
    public String toString() {
      return value == null ? "Decrypted[null]" : "Decrypted[***]";
    }
  }

  /**
   * The subject's data key was shredded: the value is gone for good. This is what erasure is meant
   * to achieve, not an error.
   */
  record Erased<T>() implements Decryption<T> {}
}
