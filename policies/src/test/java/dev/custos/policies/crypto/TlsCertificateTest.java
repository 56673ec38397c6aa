package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlsCertificateTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final char[] PASSWORD = "key-store-pass".toCharArray();

  @Test
  void theCertificateNamesEveryHostAndAddressAndLastsOneYear() throws Exception {
    X509Certificate certificate =
        TlsCertificate.selfSigned(
                List.of("custos.example.internal", "localhost"),
                List.of(InetAddress.getByName("127.0.0.1")),
                NOW,
                PASSWORD)
            .certificate();

    assertThat(certificate.getSubjectAlternativeNames())
        .extracting(name -> (Object) name.get(1))
        .containsExactly((Object) "custos.example.internal", "localhost", "127.0.0.1");
    assertThat(certificate.getSubjectX500Principal().getName())
        .contains("CN=custos.example.internal");
    assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW);
    assertThat(Duration.between(NOW, certificate.getNotAfter().toInstant())).hasDays(365);
    assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(
            ((ECPublicKey) certificate.getPublicKey())
                .getParams()
                .getCurve()
                .getField()
                .getFieldSize())
        .isEqualTo(256);
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    certificate.verify(certificate.getPublicKey());
  }

  @Test
  void thePkcs12FileHoldsTheKeyUnderItsAliasAndOpensOnlyWithThePassword() throws Exception {
    TlsCertificate tls = TlsCertificate.selfSigned(List.of("localhost"), List.of(), NOW, PASSWORD);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    tls.writePkcs12(file, PASSWORD);

    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(file.toByteArray()), PASSWORD);

    assertThat(store.getKey(TlsCertificate.ALIAS, PASSWORD)).isInstanceOf(PrivateKey.class);
    assertThat(store.getCertificate(TlsCertificate.ALIAS)).isEqualTo(tls.certificate());
    assertThatThrownBy(
            () ->
                KeyStore.getInstance("PKCS12")
                    .load(new ByteArrayInputStream(file.toByteArray()), "wrong".toCharArray()))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aCertificateWithoutAHostNameIsRefused() {
    assertThatThrownBy(() -> TlsCertificate.selfSigned(List.of(), List.of(), NOW, PASSWORD))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
