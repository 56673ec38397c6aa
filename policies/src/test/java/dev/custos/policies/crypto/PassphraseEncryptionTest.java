package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pass-phrase encrypted archives: they round-trip, refuse a wrong phrase, and OpenSSL opens them.
 */
class PassphraseEncryptionTest {

  private static final char[] PHRASE = "correct horse 电池 staple".toCharArray();
  private static final byte[] CONTENT =
      "张伟 zhang.wei@example.com 13800138000\n".repeat(500).getBytes(StandardCharsets.UTF_8);

  @Test
  void encryptedContentOpensWithThePassPhraseAndHidesThePlaintext() throws IOException {
    byte[] sealed = seal(CONTENT, PHRASE);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("example.com");
    try (InputStream in =
        PassphraseEncryption.decrypting(new ByteArrayInputStream(sealed), PHRASE)) {
      assertThat(in.readAllBytes()).isEqualTo(CONTENT);
    }
  }

  @Test
  void aWrongPassPhraseIsRefused() throws IOException {
    byte[] sealed = seal(CONTENT, PHRASE);

    assertThatThrownBy(
            () ->
                PassphraseEncryption.decrypting(
                        new ByteArrayInputStream(sealed), "wrong horse battery".toCharArray())
                    .readAllBytes())
        .isInstanceOfAny(IllegalArgumentException.class, IOException.class);
  }

  @Test
  void aShortPassPhraseIsRefused() {
    assertThatThrownBy(
            () ->
                new PassphraseEncryption()
                    .encrypting(new ByteArrayOutputStream(), "short".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12");
  }

  /** The person who receives the archive opens it with the OpenSSL command the docs give. */
  @Test
  void openSslOpensTheArchive(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    Path sealed = Files.write(dir.resolve("export.p7m"), seal(CONTENT, PHRASE));
    Path opened = dir.resolve("export.zip");

    Process openssl =
        new ProcessBuilder(
                "openssl",
                "cms",
                "-decrypt",
                "-binary",
                "-inform",
                "DER",
                "-in",
                sealed.toString(),
                "-pwri_password",
                new String(PHRASE),
                "-out",
                opened.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(openssl.exitValue()).as(output).isZero();
    assertThat(Files.readAllBytes(opened)).isEqualTo(CONTENT);
  }

  private static byte[] seal(byte[] content, char[] phrase) throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    try (OutputStream out = new PassphraseEncryption().encrypting(target, phrase)) {
      out.write(content);
    }
    return target.toByteArray();
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
