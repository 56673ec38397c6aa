package dev.custos.policies.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.PasswordRecipient;
import org.bouncycastle.cms.PasswordRecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JcePasswordEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JcePasswordRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * Encrypts a stream under a pass phrase as CMS enveloped data (RFC 5652) with a password recipient
 * (RFC 3211): AES-256-CBC content, key-encryption key from PBKDF2 with HMAC-SHA-256. The result is
 * DER and opens with the OpenSSL command line that every Linux, macOS and Windows (Git for Windows)
 * user has:
 *
 * <pre>openssl cms -decrypt -binary -inform DER -in export.p7m -pwri_password 'pass phrase' -out
 * export.zip</pre>
 *
 * <p>Streaming: the plaintext never needs to be held whole or written to disk. Bouncy Castle's
 * provider is used as an instance (not installed globally) for the password recipient, so nothing
 * outside this package depends on it.
 */
public final class PassphraseEncryption {

  /** Shortest pass phrase accepted: the archive leaves the building, so guessing must be hard. */
  public static final int MIN_PASSPHRASE_LENGTH = 12;

  /**
   * PBKDF2-HMAC-SHA256 rounds, as OWASP recommends for it. The archive leaves the building and may
   * be attacked offline for years, so this is not traded for speed: it is a fixed cost paid once
   * per archive, whatever its size (docs/benchmarks.md).
   */
  static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final Provider PROVIDER = new BouncyCastleProvider();
  private static final ASN1ObjectIdentifier CONTENT_CIPHER = CMSAlgorithm.AES256_CBC;

  private final SecureRandom random;

  public PassphraseEncryption() {
    this(new SecureRandom());
  }

  PassphraseEncryption(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Starts an encrypted stream into {@code target}. Closing the returned stream writes the end of
   * the CMS structure; it does not close {@code target}.
   *
   * @param passphrase at least {@value #MIN_PASSPHRASE_LENGTH} characters; the caller may clear the
   *     array once this method returns
   */
  public OutputStream encrypting(OutputStream target, char[] passphrase) {
    Objects.requireNonNull(target, "target");
    requireStrong(passphrase);
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    try {
      PasswordRecipientInfoGenerator recipient =
          new JcePasswordRecipientInfoGenerator(CONTENT_CIPHER, passphrase)
              .setProvider(PROVIDER)
              .setPasswordConversionScheme(PasswordRecipient.PKCS5_SCHEME2_UTF8)
              .setPRF(PasswordRecipient.PRF.HMacSHA256)
              .setSaltAndIterationCount(salt, ITERATIONS);
      CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
      generator.addRecipientInfoGenerator(recipient);
      // The content cipher runs on the JDK's provider (AES instructions of the processor); the
      // password recipient needs Bouncy Castle for the RFC 3211 key wrap.
      OutputEncryptor encryptor =
          new JceCMSContentEncryptorBuilder(CONTENT_CIPHER).setSecureRandom(random).build();
      return generator.open(target, encryptor);
    } catch (CMSException e) {
      throw new IllegalStateException("Cannot start CMS encryption", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a stream written by {@link #encrypting}: for tests and for tools that check an archive.
   *
   * @throws IllegalArgumentException when the pass phrase is wrong or the data is not such a stream
   */
  public static InputStream decrypting(InputStream encrypted, char[] passphrase) {
    Objects.requireNonNull(encrypted, "encrypted");
    Objects.requireNonNull(passphrase, "passphrase");
    try {
      CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(encrypted);
      Collection<RecipientInformation> recipients = parser.getRecipientInfos().getRecipients();
      if (recipients.size() != 1) {
        throw new IllegalArgumentException("Not a pass-phrase encrypted archive");
      }
      JcePasswordEnvelopedRecipient recipient = new JcePasswordEnvelopedRecipient(passphrase);
      recipient
          .setProvider(PROVIDER)
          .setPasswordConversionScheme(PasswordRecipient.PKCS5_SCHEME2_UTF8);
      return recipients.iterator().next().getContentStream(recipient).getContentStream();
    } catch (CMSException e) {
      throw new IllegalArgumentException("Wrong pass phrase, or not a CMS encrypted archive", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws when the pass phrase is missing or shorter than {@value #MIN_PASSPHRASE_LENGTH}. */
  public static void requireStrong(char[] passphrase) {
    Objects.requireNonNull(passphrase, "passphrase");
    int length = Character.codePointCount(passphrase, 0, passphrase.length);
    if (length < MIN_PASSPHRASE_LENGTH) {
      throw new IllegalArgumentException(
          "A pass phrase has at least " + MIN_PASSPHRASE_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return "PassphraseEncryption[CMS, AES-256-CBC, PBKDF2-HMAC-SHA256 x " + ITERATIONS + "]";
  }
}
