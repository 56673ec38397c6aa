package dev.custos.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.keys.MasterKeyException;
import dev.custos.policies.keys.MasterKeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start creates a private key store and pass phrase; later starts load the same keys. */
class MasterKeyStoreTest {

  @TempDir Path keys;

  @Test
  void firstStartCreatesAKeyStoreAndAPrivatePassphraseThatLaterStartsLoad() throws IOException {
    MasterKeyRing first = defaults(Map.of()).loadOrCreate();
    MasterKeyRing again = defaults(Map.of()).loadOrCreate();

    Path passphrase = keys.resolve(MasterKeyStore.DEFAULT_PASSPHRASE);
    assertThat(Files.getPosixFilePermissions(passphrase))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(keys.resolve(MasterKeyStore.DEFAULT_KEYSTORE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(passphrase)).hasSizeGreaterThanOrEqualTo(43);
    assertThat(again.versions()).containsExactly(1);
    assertThat(again.unwrap(first.wrap(new byte[32]))).isEqualTo(new byte[32]);
  }

  @Test
  void aPassphraseFromTheEnvironmentIsUsedAndNoFileIsWritten() {
    Map<String, String> env = Map.of(MasterKeyStore.PASSPHRASE_VARIABLE, "correct horse battery");

    MasterKeyRing created = defaults(env).loadOrCreate();

    assertThat(keys.resolve(MasterKeyStore.DEFAULT_PASSPHRASE)).doesNotExist();
    assertThat(defaults(env).loadOrCreate().unwrap(created.wrap(new byte[32])))
        .isEqualTo(new byte[32]);
    assertThatThrownBy(
            () ->
                defaults(Map.of(MasterKeyStore.PASSPHRASE_VARIABLE, "not-the-passphrase"))
                    .loadOrCreate())
        .isInstanceOf(MasterKeyException.class)
        .hasMessageNotContaining("not-the-passphrase")
        .hasMessageNotContaining("correct horse");
  }

  @Test
  void aConfiguredKeyStoreAndPassphraseFileAreUsedInsteadOfTheDefaults() throws IOException {
    Path elsewhere = Files.createDirectory(keys.resolve("elsewhere"));
    Path passphrase = elsewhere.resolve("pass");
    Files.writeString(passphrase, "kept by the administrator\n");
    Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
    Path keystore = elsewhere.resolve("custos.p12");

    new MasterKeyStore(
            keys,
            Optional.of(keystore),
            Optional.of(passphrase),
            Map.<String, String>of()::get,
            new SecureRandom())
        .loadOrCreate();

    assertThat(keystore).exists();
    assertThat(keys.resolve(MasterKeyStore.DEFAULT_KEYSTORE)).doesNotExist();
    assertThat(keys.resolve(MasterKeyStore.DEFAULT_PASSPHRASE)).doesNotExist();
  }

  private MasterKeyStore defaults(Map<String, String> environment) {
    return new MasterKeyStore(
        keys, Optional.empty(), Optional.empty(), environment::get, new SecureRandom());
  }
}
