package dev.custos.server.audit;

import dev.custos.policies.crypto.Ed25519Signer;
import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.policies.crypto.Pem;
import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The Ed25519 key pair that signs audit checkpoints. Made at first start in {@code <data>/keys}:
 * the private key readable by the owner only, the public key next to it, where {@code custos audit
 * verify} reads it and from where the API publishes it. Losing the private key does not lose the
 * trail (old checkpoints still verify with the public key), but a new key has a new id.
 */
@ApplicationScoped
public class AuditSigningKey {

  /**
   * File names under {@code <data>/keys}; the installer's {@code audit verify} reads the public.
   */
  public static final String PRIVATE_FILE = "audit-signing-private.pem";

  public static final String PUBLIC_FILE = "audit-signing-public.pem";

  private final DataDirectory dataDirectory;
  private volatile Ed25519Signer signer;

  @Inject
  public AuditSigningKey(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** For CDI client proxies only. */
  protected AuditSigningKey() {
    this.dataDirectory = null;
  }

  /** Loads the key pair, creating it first if this installation has none. */
  public synchronized void ensureExists() {
    if (signer != null) {
      return;
    }
    Path dir = dataDirectory.directory("keys");
    try {
      signer = loadOrCreate(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the audit signing key in " + dir, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The audit signing key in " + dir + " is unusable", e);
    }
  }

  public Ed25519Signer signer() {
    ensureExists();
    return signer;
  }

  public Ed25519Verifier publicKey() {
    return signer().verifier();
  }

  /** The public key as PEM (X.509 SubjectPublicKeyInfo), for auditors and their tools. */
  public String publicPem() {
    return Pem.encode(Pem.PUBLIC_KEY, publicKey().x509());
  }

  static Ed25519Signer loadOrCreate(Path dir) throws IOException {
    Path privateFile = dir.resolve(PRIVATE_FILE);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    if (!Files.exists(privateFile)) {
      create(privateFile, publicFile);
    }
    Ed25519Signer loaded =
        Ed25519Signer.fromPkcs8(
            Pem.decode(Pem.PRIVATE_KEY, Files.readString(privateFile, StandardCharsets.US_ASCII)));
    if (!Files.exists(publicFile)) {
      Files.writeString(publicFile, Pem.encode(Pem.PUBLIC_KEY, loaded.verifier().x509()));
    }
    return loaded;
  }

  private static void create(Path privateFile, Path publicFile) throws IOException {
    Ed25519Signer created = Ed25519Signer.generate(new SecureRandom());
    try {
      Files.writeString(
          privateFile,
          Pem.encode(Pem.PRIVATE_KEY, created.pkcs8()),
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(
        publicFile,
        Pem.encode(Pem.PUBLIC_KEY, created.verifier().x509()),
        StandardCharsets.US_ASCII);
  }
}
