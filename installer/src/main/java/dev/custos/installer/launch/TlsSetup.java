package dev.custos.installer.launch;

import dev.custos.policies.crypto.TlsCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Prepares the HTTPS listener's key material in {@code <data>/tls/} (owner-only): either the
 * PKCS#12 key store an administrator provides, or a self-signed certificate made at the first start
 * with TLS and kept for later starts. The generated files are {@value #KEY_STORE} (key and
 * certificate), {@value #PASSWORD_FILE} (its random password) and {@value #CERTIFICATE} (the
 * certificate alone, PEM, for clients to trust).
 */
public final class TlsSetup {

  static final String KEY_STORE = "custos-tls.p12";
  static final String PASSWORD_FILE = "custos-tls-password.txt";
  static final String CERTIFICATE = "custos-tls.crt";
  static final String PAYARA_PROPERTIES = "payara-tls.properties";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TlsSetup() {}

  /** Uses the administrator's key store; the alias may be left out when it holds one key. */
  public static TlsSettings provided(
      Path dataDir, int port, Path keyStore, Path passwordFile, Optional<String> alias) {
    if (!Files.isReadable(keyStore)) {
      throw new LaunchException("--tls-keystore: cannot read " + keyStore.toAbsolutePath() + ".");
    }
    if (passwordFile == null || !Files.isReadable(passwordFile)) {
      throw new LaunchException(
          "--tls-keystore-password-file: give the file that holds the key store's password.");
    }
    char[] password = readPassword(passwordFile);
    String chosen = alias.orElseGet(() -> onlyKeyAlias(keyStore, password));
    Path tls = directory(dataDir);
    return new TlsSettings(port, chosen, writePayaraProperties(tls, keyStore, password));
  }

  /**
   * Uses the self-signed certificate in {@code <data>/tls/}, making it first if there is none.
   *
   * @param hostNames the names clients use to reach the server; 127.0.0.1 is always added
   */
  public static TlsSettings selfSigned(Path dataDir, int port, List<String> hostNames) {
    Path tls = directory(dataDir);
    Path keyStore = tls.resolve(KEY_STORE);
    Path passwordFile = tls.resolve(PASSWORD_FILE);
    if (!Files.exists(keyStore)) {
      create(tls, hostNames);
    }
    char[] password = readPassword(passwordFile);
    return new TlsSettings(
        port, TlsCertificate.ALIAS, writePayaraProperties(tls, keyStore, password));
  }

  /** The host names for a generated certificate when none are given: this machine and localhost. */
  public static List<String> defaultHostNames() {
    List<String> names = new ArrayList<>();
    try {
      names.add(InetAddress.getLocalHost().getCanonicalHostName());
    } catch (IOException e) {
      // No resolvable name for this machine: localhost alone still serves local clients.
    }
    names.add("localhost");
    return names.stream().distinct().toList();
  }

  private static void create(Path tls, List<String> hostNames) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    try {
      // Leftovers of a start that stopped half-way; the key store is written last.
      Files.deleteIfExists(tls.resolve(PASSWORD_FILE));
      Files.deleteIfExists(tls.resolve(CERTIFICATE));
      TlsCertificate certificate =
          TlsCertificate.selfSigned(
              hostNames, List.of(InetAddress.getByName("127.0.0.1")), Instant.now(), password);
      writeOwnerOnly(
          tls.resolve(PASSWORD_FILE), new String(password).getBytes(StandardCharsets.UTF_8));
      try (OutputStream out = ownerOnly(tls.resolve(KEY_STORE))) {
        certificate.writePkcs12(out, password);
      }
      String pem =
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(certificate.certificate().getEncoded())
              + "\n-----END CERTIFICATE-----\n";
      Files.writeString(tls.resolve(CERTIFICATE), pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the TLS certificate to " + tls, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encode the TLS certificate", e);
    }
  }

  private static Path writePayaraProperties(Path tls, Path keyStore, char[] password) {
    Properties properties = new Properties();
    properties.setProperty("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
    properties.setProperty("javax.net.ssl.keyStorePassword", new String(password));
    properties.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
    Path file = tls.resolve(PAYARA_PROPERTIES);
    try {
      Files.deleteIfExists(file);
      try (OutputStream out = ownerOnly(file)) {
        properties.store(out, "Written by custos start at every start; do not edit.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }

  private static String onlyKeyAlias(Path keyStore, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (var in = Files.newInputStream(keyStore)) {
        store.load(in, password);
      }
      List<String> keys = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          keys.add(alias);
        }
      }
      if (keys.size() != 1) {
        throw new LaunchException(
            "--tls-keystore holds "
                + keys.size()
                + " keys; name the one to use with --tls-alias (one of: "
                + String.join(", ", keys)
                + ").");
      }
      return keys.get(0);
    } catch (IOException e) {
      throw new LaunchException(
          "--tls-keystore: cannot open "
              + keyStore.toAbsolutePath()
              + " as PKCS#12 with the password in --tls-keystore-password-file.");
    } catch (GeneralSecurityException e) {
      throw new LaunchException("--tls-keystore: unusable key store: " + e.getMessage());
    }
  }

  private static char[] readPassword(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static Path directory(Path dataDir) {
    Path tls = dataDir.resolve("tls");
    try {
      Files.createDirectories(tls);
      Files.setPosixFilePermissions(tls, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + tls, e);
    }
    return tls;
  }

  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    try (OutputStream out = ownerOnly(file)) {
      out.write(content);
    }
  }

  /** Created owner-only before anything is written, so the content is never readable by others. */
  private static OutputStream ownerOnly(Path file) throws IOException {
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    return Files.newOutputStream(file, StandardOpenOption.WRITE);
  }
}
