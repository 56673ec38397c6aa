package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12KeySourceTest {

  @TempDir Path dir;
  private Path keyStore;
  private Path passphraseFile;
  private Pkcs12KeySource source;

  @BeforeEach
  void setUp() throws IOException {
    keyStore = dir.resolve("custos-keys.p12");
    passphraseFile = privateFile("custos-keys.pass", "correct horse battery staple\n");
    source = sourceWith(new SecretSource.FromFile(Pkcs12Settings.PASSPHRASE_FILE, passphraseFile));
  }

  @Test
  void createdKeyStoreIsPrivateAndHoldsTheFirstMasterKey() throws IOException {
    source.create();

    MasterKeyRing ring = source.load();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore)))
        .isEqualTo("rw-------");
    assertThat(ring.versions()).containsExactly(1);
    byte[] dataKey = new byte[32];
    assertThat(source.load().unwrap(ring.wrap(dataKey))).isEqualTo(dataKey);
  }

  @Test
  void anAddedVersionBecomesActiveAndOlderWrappedKeysStayReadable() {
    source.create();
    WrappedKey underVersion1 = source.load().wrap(new byte[32]);

    int added = source.addVersion();
    MasterKeyRing ring = source.load();

    assertThat(added).isEqualTo(2);
    assertThat(ring.active().version()).isEqualTo(2);
    assertThat(ring.unwrap(underVersion1)).isEqualTo(new byte[32]);
  }

  @Test
  void derivedKeysSurviveReopening() {
    source.create();

    assertThat(source.load().active().derive("blind-index:email", 32))
        .isEqualTo(source.load().active().derive("blind-index:email", 32));
  }

  @Test
  void groupReadableKeyStoreIsRefusedWithTheChmodFix() throws IOException {
    source.create();
    Files.setPosixFilePermissions(keyStore, PosixFilePermissions.fromString("rw-r-----"));

    assertThatThrownBy(source::load)
        .isInstanceOf(InsecureKeyFileException.class)
        .hasMessageContaining(keyStore.toString())
        .hasMessageContaining("chmod 600 " + keyStore);
  }

  @Test
  void worldReadablePassphraseFileIsRefusedWithTheChmodFix() throws IOException {
    source.create();
    Files.setPosixFilePermissions(passphraseFile, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(source::load)
        .isInstanceOf(InsecureKeyFileException.class)
        .hasMessageContaining("chmod 600 " + passphraseFile)
        .hasMessageNotContaining("correct horse");
  }

  @Test
  void passphraseCanComeFromAnEnvironmentVariable() {
    source.create();
    Pkcs12KeySource fromEnvironment =
        new Pkcs12KeySource(
            new Pkcs12Settings(
                keyStore,
                new SecretSource.FromEnvironment(Pkcs12Settings.PASSPHRASE_ENV, "CUSTOS_KEYS")),
            Map.of("CUSTOS_KEYS", "correct horse battery staple")::get,
            new SecureRandom());

    assertThat(fromEnvironment.load().versions()).containsExactly(1);
  }

  @Test
  void unsetEnvironmentVariableIsNamedWithItsSetting() {
    Pkcs12KeySource fromEnvironment =
        sourceWith(new SecretSource.FromEnvironment(Pkcs12Settings.PASSPHRASE_ENV, "NOT_SET"));

    assertThatThrownBy(fromEnvironment::create)
        .isInstanceOf(KeySettingsException.class)
        .hasMessageContaining("NOT_SET")
        .hasMessageContaining(Pkcs12Settings.PASSPHRASE_ENV);
  }

  @Test
  void wrongPassphraseIsRefusedWithoutRevealingIt() throws IOException {
    source.create();
    Files.writeString(passphraseFile, "wrong pass phrase");

    assertThatThrownBy(source::load)
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("wrong pass phrase or damaged file")
        .hasMessageNotContaining("correct horse");
  }

  @Test
  void anExistingKeyStoreIsNeverOverwritten() {
    source.create();

    assertThatThrownBy(source::create)
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("never overwritten");
    assertThat(source.load().versions()).containsExactly(1);
  }

  @Test
  void missingKeyStoreIsNamed() {
    assertThatThrownBy(source::load).hasMessageContaining(keyStore + " does not exist");
  }

  @Test
  void settingsNameWhatIsMissingOrInConflict() {
    assertThatThrownBy(() -> Pkcs12Settings.from(Map.of()))
        .isInstanceOf(KeySettingsException.class)
        .hasMessageContaining(Pkcs12Settings.FILE);
    assertThatThrownBy(
            () ->
                Pkcs12Settings.from(
                    Map.of(
                        Pkcs12Settings.FILE, "/etc/custos/keys.p12",
                        Pkcs12Settings.PASSPHRASE_FILE, "/etc/custos/keys.pass",
                        Pkcs12Settings.PASSPHRASE_ENV, "CUSTOS_KEYS")))
        .isInstanceOf(KeySettingsException.class)
        .hasMessageContaining(Pkcs12Settings.PASSPHRASE_FILE)
        .hasMessageContaining(Pkcs12Settings.PASSPHRASE_ENV);
    assertThatThrownBy(
            () ->
                Pkcs12Settings.from(
                    Map.of(
                        Pkcs12Settings.FILE, "/etc/custos/keys.p12",
                        Pkcs12Settings.PASSPHRASE_ENV, "1-not-a-name")))
        .isInstanceOf(KeySettingsException.class)
        .hasMessageContaining(Pkcs12Settings.PASSPHRASE_ENV);
  }

  @Test
  void settingsReadFromNameValuePairs() {
    Pkcs12Settings settings =
        Pkcs12Settings.from(
            Map.of(
                Pkcs12Settings.FILE, "/etc/custos/keys.p12",
                Pkcs12Settings.PASSPHRASE_ENV, "CUSTOS_KEYS"));

    assertThat(settings.keyStore()).isEqualTo(Path.of("/etc/custos/keys.p12"));
    assertThat(settings.passphrase())
        .isEqualTo(new SecretSource.FromEnvironment(Pkcs12Settings.PASSPHRASE_ENV, "CUSTOS_KEYS"));
  }

  private Pkcs12KeySource sourceWith(SecretSource passphrase) {
    return new Pkcs12KeySource(
        new Pkcs12Settings(keyStore, passphrase), name -> null, new SecureRandom());
  }

  private Path privateFile(String name, String content) throws IOException {
    Path file =
        Files.createFile(
            dir.resolve(name),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, content);
    return file;
  }
}
