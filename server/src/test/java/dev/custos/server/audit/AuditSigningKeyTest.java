package dev.custos.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.crypto.Ed25519Signer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSigningKeyTest {

  @TempDir private Path keys;

  @Test
  void theKeyIsMadeOnceOwnerOnlyAndReusedAfterwards() throws Exception {
    Ed25519Signer first = AuditSigningKey.loadOrCreate(keys);
    Ed25519Signer again = AuditSigningKey.loadOrCreate(keys);

    assertThat(again.verifier().keyId()).isEqualTo(first.verifier().keyId());
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(AuditSigningKey.PRIVATE_FILE))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(keys.resolve(AuditSigningKey.PUBLIC_FILE)))
        .startsWith("-----BEGIN PUBLIC KEY-----");
  }

  @Test
  void aLostPublicFileIsWrittenAgainFromThePrivateKey() throws Exception {
    Ed25519Signer first = AuditSigningKey.loadOrCreate(keys);
    Files.delete(keys.resolve(AuditSigningKey.PUBLIC_FILE));

    AuditSigningKey.loadOrCreate(keys);

    assertThat(Files.readString(keys.resolve(AuditSigningKey.PUBLIC_FILE)))
        .isEqualTo(
            dev.custos.policies.crypto.Pem.encode(
                dev.custos.policies.crypto.Pem.PUBLIC_KEY, first.verifier().x509()));
  }
}
