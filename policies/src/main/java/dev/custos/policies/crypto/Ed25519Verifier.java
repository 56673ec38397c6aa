package dev.custos.policies.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * Checks Ed25519 signatures (RFC 8032) with a public key. Its {@link #keyId() key id} names the key
 * in signed records so that a verifier picks the right one after a key change.
 */
public final class Ed25519Verifier {

  private final Ed25519PublicKeyParameters key;

  Ed25519Verifier(Ed25519PublicKeyParameters key) {
    this.key = key;
  }

  /** The key from its 32-byte encoding (RFC 8032 "public key"). */
  public static Ed25519Verifier fromRaw(byte[] raw) {
    Objects.requireNonNull(raw, "raw");
    if (raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("An Ed25519 public key is 32 bytes");
    }
    return new Ed25519Verifier(new Ed25519PublicKeyParameters(raw, 0));
  }

  /** The key from an X.509 {@code SubjectPublicKeyInfo} structure (DER). */
  public static Ed25519Verifier fromX509(byte[] der) {
    AsymmetricKeyParameter parsed;
    try {
      parsed = PublicKeyFactory.createKey(der);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Not an X.509 public key", e);
    }
    if (!(parsed instanceof Ed25519PublicKeyParameters ed)) {
      throw new IllegalArgumentException("Not an Ed25519 public key");
    }
    return new Ed25519Verifier(ed);
  }

  /** The 32-byte encoding of the key. */
  public byte[] raw() {
    return key.getEncoded();
  }

  /** The key as an X.509 {@code SubjectPublicKeyInfo} (DER), as PEM files and tools expect. */
  public byte[] x509() {
    try {
      return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the Ed25519 public key", e);
    }
  }

  /** The first 16 hex digits of the SHA-256 of the raw key: short, stable, and not secret. */
  public String keyId() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** True when the signature is this key's signature of the message. */
  public boolean verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    if (signature == null || signature.length != 64) {
      return false;
    }
    var verifier = new org.bouncycastle.crypto.signers.Ed25519Signer();
    verifier.init(false, key);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  @Override
  public String toString() {
    return "Ed25519Verifier[" + keyId() + "]";
  }
}
