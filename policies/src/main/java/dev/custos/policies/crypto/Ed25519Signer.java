package dev.custos.policies.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/**
 * Signs with an Ed25519 private key (RFC 8032, pure Ed25519). Used for audit checkpoints: a
 * signature is deterministic, 64 bytes, and anyone holding the {@link Ed25519Verifier public key}
 * can check it offline. Keys travel as PKCS#8 (private) and X.509 SubjectPublicKeyInfo (public), so
 * that standard tools such as {@code openssl pkey} read them.
 */
public final class Ed25519Signer {

  private final Ed25519PrivateKeyParameters key;

  private Ed25519Signer(Ed25519PrivateKeyParameters key) {
    this.key = key;
  }

  /** A new random key pair. */
  public static Ed25519Signer generate(SecureRandom random) {
    return new Ed25519Signer(new Ed25519PrivateKeyParameters(random));
  }

  /** The key from its 32-byte seed (RFC 8032 "secret key"). */
  public static Ed25519Signer fromSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("An Ed25519 private key is 32 bytes");
    }
    return new Ed25519Signer(new Ed25519PrivateKeyParameters(seed, 0));
  }

  /** The key from a PKCS#8 {@code PrivateKeyInfo} structure (DER). */
  public static Ed25519Signer fromPkcs8(byte[] der) {
    AsymmetricKeyParameter parsed;
    try {
      parsed = PrivateKeyFactory.createKey(der);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Not a PKCS#8 private key", e);
    }
    if (!(parsed instanceof Ed25519PrivateKeyParameters ed)) {
      throw new IllegalArgumentException("Not an Ed25519 private key");
    }
    return new Ed25519Signer(ed);
  }

  /** The private key as a PKCS#8 {@code PrivateKeyInfo} (DER), for storing it. */
  public byte[] pkcs8() {
    try {
      return PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the Ed25519 private key", e);
    }
  }

  /** The matching public key. */
  public Ed25519Verifier verifier() {
    return new Ed25519Verifier(key.generatePublicKey());
  }

  /** The 64-byte signature of the message. */
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    var signer = new org.bouncycastle.crypto.signers.Ed25519Signer();
    signer.init(true, key);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  @Override
  public String toString() {
    return "Ed25519Signer[" + verifier().keyId() + "]";
  }
}
