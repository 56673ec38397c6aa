package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsSetupTest {

  @TempDir Path data;

  @Test
  void theFirstStartMakesAnOwnerOnlySelfSignedKeyStoreThatLaterStartsReuse() throws Exception {
    TlsSettings first = TlsSetup.selfSigned(data, 8443, List.of("custos.example.internal"));
    byte[] keyStore = Files.readAllBytes(data.resolve("tls/custos-tls.p12"));
    TlsSettings second = TlsSetup.selfSigned(data, 8443, List.of("other.example.internal"));

    assertThat(Files.readAllBytes(data.resolve("tls/custos-tls.p12"))).isEqualTo(keyStore);
    assertThat(second.alias()).isEqualTo(first.alias()).isEqualTo("custos-tls");
    assertThat(permissions(data.resolve("tls"))).isEqualTo("rwx------");
    assertThat(permissions(data.resolve("tls/custos-tls.p12"))).isEqualTo("rw-------");
    assertThat(permissions(data.resolve("tls/custos-tls-password.txt"))).isEqualTo("rw-------");
    assertThat(permissions(first.payaraProperties())).isEqualTo("rw-------");
    X509Certificate certificate;
    try (InputStream in = Files.newInputStream(data.resolve("tls/custos-tls.crt"))) {
      certificate =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    assertThat(certificate.getSubjectAlternativeNames())
        .extracting(name -> (Object) name.get(1))
        .containsExactly((Object) "custos.example.internal", "127.0.0.1");
  }

  @Test
  void payaraReadsTheKeyStoreAndItsPasswordFromTheOwnerOnlyPropertiesFile() throws Exception {
    TlsSettings tls = TlsSetup.selfSigned(data, 8443, List.of("localhost"));
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(tls.payaraProperties())) {
      properties.load(in);
    }
    String password = Files.readString(data.resolve("tls/custos-tls-password.txt")).strip();

    assertThat(properties.getProperty("javax.net.ssl.keyStore"))
        .isEqualTo(data.resolve("tls/custos-tls.p12").toAbsolutePath().toString());
    assertThat(properties.getProperty("javax.net.ssl.keyStorePassword")).isEqualTo(password);
    assertThat(tls.payaraOptions())
        .containsExactly(
            "--sslport",
            "8443",
            "--sslcert",
            "custos-tls",
            "--systemproperties",
            tls.payaraProperties().toString());
  }

  @Test
  void anAdministratorsKeyStoreIsUsedWithItsOnlyKeyAlias() throws Exception {
    Path provided = providedKeyStore("company-cert");
    Path passwordFile = Files.writeString(data.resolve("pw.txt"), "provided-pass\n");

    TlsSettings tls = TlsSetup.provided(data, 8443, provided, passwordFile, Optional.empty());

    assertThat(tls.alias()).isEqualTo("company-cert");
    assertThat(Files.exists(data.resolve("tls/custos-tls.p12"))).isFalse();
  }

  @Test
  void aWrongPasswordOrMissingFileIsExplainedByOption() throws Exception {
    Path provided = providedKeyStore("company-cert");
    Path wrong = Files.writeString(data.resolve("wrong.txt"), "not-it");

    assertThatThrownBy(() -> TlsSetup.provided(data, 8443, provided, wrong, Optional.empty()))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("--tls-keystore-password-file");
    assertThatThrownBy(
            () ->
                TlsSetup.provided(data, 8443, data.resolve("missing.p12"), wrong, Optional.empty()))
        .hasMessageContaining("--tls-keystore: cannot read");
  }

  private Path providedKeyStore(String alias) throws Exception {
    Path other = Files.createDirectories(data.resolve("elsewhere"));
    TlsSetup.selfSigned(other, 9443, List.of("company.example"));
    char[] password =
        Files.readString(other.resolve("tls/custos-tls-password.txt")).strip().toCharArray();
    KeyStore source = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(other.resolve("tls/custos-tls.p12"))) {
      source.load(in, password);
    }
    KeyStore target = KeyStore.getInstance("PKCS12");
    target.load(null, null);
    char[] newPassword = "provided-pass".toCharArray();
    target.setKeyEntry(
        alias,
        source.getKey("custos-tls", password),
        newPassword,
        source.getCertificateChain("custos-tls"));
    Path file = data.resolve("company.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      target.store(out, newPassword);
    }
    return file;
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
