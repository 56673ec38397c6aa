package dev.custos.installer.audit;

import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.policies.crypto.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The audit public key the server wrote at first start: {@code
 * <data>/keys/audit-signing-public.pem}.
 */
public final class AuditKeyFile {

  /** The same name the server's {@code AuditSigningKey} uses. */
  public static final String PUBLIC_FILE = "audit-signing-public.pem";

  private AuditKeyFile() {}

  public static Path in(Path dataDir) {
    return dataDir.resolve("keys").resolve(PUBLIC_FILE);
  }

  /** Reads the key from a PEM file, such as the data directory's or one an auditor was given. */
  public static Ed25519Verifier read(Path file) {
    try {
      return Ed25519Verifier.fromX509(
          Pem.decode(Pem.PUBLIC_KEY, Files.readString(file, StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new AuditReadException(
          "Cannot read the audit public key "
              + file
              + ": has the server started once with this"
              + " data directory?",
          e);
    } catch (IllegalArgumentException e) {
      throw new AuditReadException(file + " is not an Ed25519 public key in PEM form.", e);
    }
  }
}
