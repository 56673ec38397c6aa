package dev.custos.policies.encryption;

import dev.custos.policies.keys.DataKey;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.subject.SubjectId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts single fields with AES-256-GCM under the subject's data key.
 *
 * <p><b>Envelope, format version 1</b> ({@code 34 + n} bytes for an {@code n}-byte value):
 *
 * <pre>
 * offset  length  content
 * 0       1       format version: 0x01
 * 1       4       data key id, signed 32-bit big-endian ({@link DataKey#id()})
 * 5       12      nonce, random per encryption
 * 17      1 + n   AES-GCM ciphertext of (presence byte ‖ value): presence 0x00 means null
 *                 (then n = 0), 0x01 a value of n bytes (UTF-8 for text; n may be 0)
 * 18 + n  16      GCM authentication tag
 * </pre>
 *
 * <p>The associated data is the 5-byte header (version and key id) followed by the {@link
 * FieldContext} encoding; it is authenticated, not stored. The presence byte is encrypted, so null
 * and empty look alike to anyone without the key.
 *
 * <p>Decryption answers {@link Decryption.Erased} when the subject has no data key (it was
 * shredded); every other failure is a {@link FieldIntegrityException}. Thread-safe: each thread
 * reuses its own {@code Cipher}, since a {@code Cipher} is not thread-safe and creating one costs
 * more than sealing a short field. The JDK's provider is used, not Bouncy Castle: it runs GCM on
 * the processor's AES and carry-less multiply instructions, several times faster.
 */
public final class FieldCipher {

  static final byte FORMAT_VERSION = 1;
  static final int HEADER_BYTES = 5;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;
  private static final int CIPHERTEXT_OFFSET = HEADER_BYTES + NONCE_BYTES;
  private static final int MIN_LENGTH = CIPHERTEXT_OFFSET + 1 + TAG_BYTES;
  private static final byte[] NULL = {0};
  private static final byte[] PRESENT = {1};
  private static final byte[] EMPTY = {};
  private static final String PROVIDER = "SunJCE";

  private final DataKeys keys;
  private final NonceSource nonces;
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::newCipher);

  /** A field cipher with random nonces. */
  public FieldCipher(DataKeys keys) {
    this(keys, NonceSource.secureRandom());
  }

  /** A field cipher with the given nonces; fixed ones only in known-answer tests. */
  public FieldCipher(DataKeys keys, NonceSource nonces) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    newCipher();
  }

  /**
   * Forgets the cached data key of a subject, so the next use reads it from the key store again: a
   * caller whose transaction created the key and then rolled back calls this, else the cache would
   * hold a key the store never kept.
   */
  public void forgetKey(SubjectId subject) {
    keys.evict(subject);
  }

  /**
   * Loads or creates the data keys of many subjects at once, before their fields are encrypted one
   * by one: a page of a connector costs a couple of statements for its keys, not several per row.
   */
  public void prepareKeys(Collection<SubjectId> subjects) {
    keys.prepare(subjects);
  }

  /** Encrypts bytes, or {@code null}, for a field; creates the subject's data key if needed. */
  public byte[] encrypt(FieldContext context, byte[] value) {
    Objects.requireNonNull(context, "context");
    return value == null ? seal(context, NULL, EMPTY) : seal(context, PRESENT, value);
  }

  /**
   * Encrypts text, or {@code null}, as UTF-8 for a field.
   *
   * @throws IllegalArgumentException when the text has an unpaired surrogate: UTF-8 cannot carry
   *     one, and silently replacing it would store something else than what was given
   */
  public byte[] encryptText(FieldContext context, String value) {
    Objects.requireNonNull(context, "context");
    if (value == null) {
      return seal(context, NULL, EMPTY);
    }
    requireWellFormed(value, context);
    return seal(context, PRESENT, value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decrypts a field encrypted by {@link #encrypt}.
   *
   * @throws FieldIntegrityException when the envelope was altered, belongs to another context, or
   *     was sealed under a key the subject does not have
   */
  public Decryption<byte[]> decrypt(FieldContext context, byte[] envelope) {
    Optional<byte[]> plain = open(context, envelope);
    if (plain.isEmpty()) {
      return new Decryption.Erased<>();
    }
    byte[] p = plain.get();
    return new Decryption.Decrypted<>(p[0] == 0 ? null : Arrays.copyOfRange(p, 1, p.length));
  }

  /** Decrypts a field encrypted by {@link #encryptText}. */
  public Decryption<String> decryptText(FieldContext context, byte[] envelope) {
    Optional<byte[]> plain = open(context, envelope);
    if (plain.isEmpty()) {
      return new Decryption.Erased<>();
    }
    byte[] p = plain.get();
    return new Decryption.Decrypted<>(
        p[0] == 0 ? null : new String(p, 1, p.length - 1, StandardCharsets.UTF_8));
  }

  private byte[] seal(FieldContext context, byte[] presence, byte[] value) {
    DataKey key = keys.keyFor(context.subject());
    byte[] nonce = nonces.next();
    if (nonce.length != NONCE_BYTES) {
      throw new IllegalStateException("A GCM nonce is 12 bytes");
    }
    byte[] out = new byte[MIN_LENGTH + value.length];
    out[0] = FORMAT_VERSION;
    putInt(out, 1, key.id());
    System.arraycopy(nonce, 0, out, HEADER_BYTES, NONCE_BYTES);
    Cipher cipher = ciphers.get();
    try {
      init(cipher, Cipher.ENCRYPT_MODE, key, context, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(AssociatedData.encode(out, context));
      // One contiguous plaintext: GCM's update() of a lone presence byte would be buffered and
      // cost nearly as much as a second pass.
      byte[] plain = new byte[1 + value.length];
      plain[0] = presence[0];
      System.arraycopy(value, 0, plain, 1, value.length);
      cipher.doFinal(plain, 0, plain.length, out, CIPHERTEXT_OFFSET);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed for " + describe(context), e);
    }
  }

  /** The plaintext (presence byte and value), or empty when the subject has no key. */
  private Optional<byte[]> open(FieldContext context, byte[] envelope) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(envelope, "envelope");
    if (envelope.length < MIN_LENGTH || envelope[0] != FORMAT_VERSION) {
      throw failure(context, "is not a version 1 envelope");
    }
    int keyId = getInt(envelope, 1);
    Optional<DataKey> key = keys.find(context.subject(), keyId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().id() != keyId) {
      throw failure(context, "was sealed under a data key the subject does not have");
    }
    Cipher cipher = ciphers.get();
    try {
      init(cipher, Cipher.DECRYPT_MODE, key.get(), context, gcm(envelope));
      cipher.updateAAD(AssociatedData.encode(envelope, context));
      byte[] plain =
          cipher.doFinal(envelope, CIPHERTEXT_OFFSET, envelope.length - CIPHERTEXT_OFFSET);
      if (plain[0] > 1 || (plain[0] == 0 && plain.length != 1)) {
        throw failure(context, "has an impossible presence byte");
      }
      return Optional.of(plain);
    } catch (AEADBadTagException e) {
      throw failure(context, "failed its integrity check (altered, moved or wrong key)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed for " + describe(context), e);
    }
  }

  /**
   * Starts the cipher. A key zeroed by cache eviction between look-up and use refuses to give its
   * bytes; the subject's key is then looked up again, once.
   */
  private void init(
      Cipher cipher, int mode, DataKey key, FieldContext context, GCMParameterSpec spec)
      throws GeneralSecurityException {
    try {
      cipher.init(mode, key, spec);
    } catch (IllegalStateException destroyed) {
      DataKey again =
          mode == Cipher.ENCRYPT_MODE
              ? keys.keyFor(context.subject())
              : keys.find(context.subject(), key.id())
                  .filter(k -> k.id() == key.id())
                  .orElseThrow(() -> destroyed);
      if (again.id() != key.id()) {
        throw destroyed;
      }
      cipher.init(mode, again, spec);
    }
  }

  private static void requireWellFormed(String value, FieldContext context) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          throw new IllegalArgumentException(
              "Text for " + describe(context) + " has an unpaired surrogate at index " + i);
        }
      }
    }
  }

  private static GCMParameterSpec gcm(byte[] envelope) {
    return new GCMParameterSpec(TAG_BYTES * 8, envelope, HEADER_BYTES, NONCE_BYTES);
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding", PROVIDER);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK provider " + PROVIDER + " has no AES-GCM", e);
    }
  }

  private static FieldIntegrityException failure(FieldContext context, String what) {
    return new FieldIntegrityException("Encrypted " + describe(context) + " " + what);
  }

  private static String describe(FieldContext context) {
    return context.entity() + "." + context.field() + " of subject " + context.subject();
  }

  private static void putInt(byte[] out, int at, int value) {
    out[at] = (byte) (value >>> 24);
    out[at + 1] = (byte) (value >>> 16);
    out[at + 2] = (byte) (value >>> 8);
    out[at + 3] = (byte) value;
  }

  private static int getInt(byte[] in, int at) {
    return (in[at] & 0xff) << 24
        | (in[at + 1] & 0xff) << 16
        | (in[at + 2] & 0xff) << 8
        | (in[at + 3] & 0xff);
  }
}
