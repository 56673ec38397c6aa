package dev.custos.policies.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed TLS server certificate for an installation whose administrator has not provided
 * one: an EC P-256 key, SHA-256 with ECDSA, valid for {@link #VALIDITY}, with subject alternative
 * names for each host name and address clients use (browsers and the JDK check only these, never
 * the common name). Clients trust it by importing the certificate; it is meant for first starts and
 * small sites, a certificate from the company's own CA for the rest.
 */
public final class TlsCertificate {

  /** The alias of the key entry in the key store, which the HTTPS listener is told to use. */
  public static final String ALIAS = "custos-tls";

  public static final Duration VALIDITY = Duration.ofDays(365);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyStore keyStore;
  private final X509Certificate certificate;

  private TlsCertificate(KeyStore keyStore, X509Certificate certificate) {
    this.keyStore = keyStore;
    this.certificate = certificate;
  }

  /**
   * Makes a new key pair and certificate.
   *
   * @param hostNames DNS names for the certificate; the first is also its common name
   * @param addresses IP addresses for the certificate, such as 127.0.0.1
   * @param notBefore start of validity (the certificate ends {@link #VALIDITY} later)
   * @param password protects the key entry and the PKCS#12 file
   */
  public static TlsCertificate selfSigned(
      List<String> hostNames, List<InetAddress> addresses, Instant notBefore, char[] password) {
    if (hostNames.isEmpty()) {
      throw new IllegalArgumentException("A TLS certificate needs at least one host name");
    }
    Objects.requireNonNull(password, "password");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      KeyPair pair = generator.generateKeyPair();
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.CN, hostNames.get(0))
              .addRDN(BCStyle.O, "Custos")
              .build();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(128, RANDOM).abs().add(BigInteger.ONE),
              Date.from(notBefore),
              Date.from(notBefore.plus(VALIDITY)),
              subject,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      builder.addExtension(
          Extension.subjectAlternativeName, false, alternativeNames(hostNames, addresses));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          ALIAS, pair.getPrivate(), password, new java.security.cert.Certificate[] {certificate});
      return new TlsCertificate(store, certificate);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot make a TLS certificate", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** Writes the key and certificate as a PKCS#12 file, protected by {@code password}. */
  public void writePkcs12(OutputStream out, char[] password) throws IOException {
    try {
      keyStore.store(out, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot write the TLS key store", e);
    }
  }

  private static GeneralNames alternativeNames(
      List<String> hostNames, List<InetAddress> addresses) {
    List<GeneralName> names = new ArrayList<>();
    hostNames.stream().distinct().forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
    addresses.stream()
        .distinct()
        .forEach(a -> names.add(new GeneralName(GeneralName.iPAddress, a.getHostAddress())));
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }
}
