package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Master keys in SoftHSM2 through SunPKCS11. Needs the Debian package softhsm2; the build points
 * SOFTHSM2_CONF at target/softhsm, where this test makes a fresh token.
 */
class Pkcs11KeySourceTest {

  private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  private static final String PIN = "4711-custos";
  private static Pkcs11KeySource source;

  @BeforeAll
  static void initialiseToken() throws IOException, InterruptedException {
    assumeTrue(
        Files.exists(LIBRARY),
        "SoftHSM2 is not installed (" + LIBRARY + "); install the Debian package softhsm2");
    String conf = System.getenv("SOFTHSM2_CONF");
    assumeTrue(conf != null, "SOFTHSM2_CONF is unset; run this test through Maven");
    Path dir = Path.of(conf).getParent();
    deleteRecursively(dir);
    Files.createDirectories(dir.resolve("tokens"));
    Files.writeString(
        Path.of(conf),
        "directories.tokendir = " + dir.resolve("tokens") + "\nobjectstore.backend = file\n");
    String slot = initToken();
    Path providerConfig = dir.resolve("sunpkcs11.cfg");
    Files.writeString(providerConfig, providerConfig(slot));
    source =
        new Pkcs11KeySource(
            new Pkcs11Settings(
                providerConfig,
                new SecretSource.FromEnvironment(Pkcs11Settings.PIN_ENV, "CUSTOS_HSM_PIN")),
            Map.of("CUSTOS_HSM_PIN", PIN)::get,
            new SecureRandom());
    assertThat(source.addVersion()).isEqualTo(1);
  }

  @Test
  void dataKeysRoundTripThroughTheToken() {
    MasterKeyRing ring = source.load();
    byte[] dataKey = new byte[32];
    new SecureRandom().nextBytes(dataKey);

    WrappedKey wrapped = ring.wrap(dataKey);

    assertThat(wrapped.bytes()).hasSize(12 + 32 + 16).isNotEqualTo(dataKey);
    assertThat(ring.unwrap(wrapped)).isEqualTo(dataKey);
  }

  @Test
  void alteredWrappedKeyFailsItsIntegrityCheck() {
    MasterKeyRing ring = source.load();
    WrappedKey wrapped = ring.wrap(new byte[32]);
    byte[] bytes = wrapped.bytes();
    bytes[20] ^= 0x01;

    assertThatThrownBy(() -> ring.unwrap(new WrappedKey(wrapped.kekVersion(), bytes)))
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("integrity");
  }

  @Test
  void derivationIsStableAndSeparatesPurposes() {
    MasterKey key = source.load().active();

    assertThat(key.derive("blind-index:email", 32))
        .isEqualTo(source.load().active().derive("blind-index:email", 32))
        .isNotEqualTo(key.derive("blind-index:phone", 32));
    assertThat(key.derive("blind-index:email", 48)).hasSize(48);
  }

  @Test
  void anAddedVersionBecomesActiveAndOlderKeysStayReadable() {
    MasterKeyRing before = source.load();
    WrappedKey old = before.wrap(new byte[32]);

    int added = source.addVersion();
    MasterKeyRing after = source.load();

    assertThat(added).isGreaterThan(before.active().version());
    assertThat(after.active().version()).isEqualTo(added);
    assertThat(after.unwrap(old)).isEqualTo(new byte[32]);
  }

  private static String initToken() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "custos-test",
                "--so-pin",
                "so-" + PIN,
                "--pin",
                PIN)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
    assertThat(slot.find()).as(output).isTrue();
    return slot.group(1);
  }

  private static String providerConfig(String slot) {
    return """
        name = CustosTest
        library = %s
        slot = %s
        attributes(generate, CKO_SECRET_KEY, CKK_AES) = {
          CKA_SENSITIVE = true
          CKA_EXTRACTABLE = false
          CKA_ENCRYPT = true
          CKA_DECRYPT = true
        }
        attributes(generate, CKO_SECRET_KEY, CKK_GENERIC_SECRET) = {
          CKA_SENSITIVE = true
          CKA_EXTRACTABLE = false
          CKA_SIGN = true
        }
        """
        .formatted(LIBRARY, slot);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
