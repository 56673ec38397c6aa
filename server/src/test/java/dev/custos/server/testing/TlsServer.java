package dev.custos.server.testing;

import dev.custos.policies.crypto.TlsCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Custos server with an HTTPS listener, started the way {@code custos start --https-port} starts
 * one: a PKCS#12 key store with a self-signed certificate for localhost and 127.0.0.1, handed to
 * Payara Micro through a system-properties file ({@code javax.net.ssl.keyStore} and its password)
 * with {@code --sslport} and {@code --sslcert}, and {@code custos.http.https-port} for the server.
 * Started once per run at the first class that uses it.
 */
public final class TlsServer implements BeforeAllCallback {

  private static final String KEY_STORE_PASSWORD = "tls-key-store-pass-for-tests";
  private static volatile Running running;

  public static Running get() {
    if (running == null) {
      throw new IllegalStateException("Annotate the test class with @ExtendWith(TlsServer.class)");
    }
    return running;
  }

  /**
   * The server, its HTTPS root and the certificate a client must trust.
   *
   * @param server the server; {@code server.base()} is its plain HTTP root
   * @param httpsBase {@code https://localhost:<port>}
   * @param certificate the server's self-signed certificate
   */
  public record Running(CustosServer.Running server, URI httpsBase, X509Certificate certificate)
      implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      server.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    LogCanary.register(context);
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(TlsServer.class))
        .getOrComputeIfAbsent(
            TlsServer.class,
            key -> {
              running = start();
              return running;
            },
            Running.class);
  }

  private static Running start() {
    LogCanary.secret(KEY_STORE_PASSWORD);
    Path work = Path.of(CustosServer.required("custos.it.workdir") + "-tls");
    try {
      int httpsPort = CustosServer.freePort();
      Path tls = work.resolveSibling(work.getFileName() + "-keys");
      CustosServer.deleteRecursively(tls);
      Files.createDirectories(tls);
      TlsCertificate certificate =
          TlsCertificate.selfSigned(
              List.of("localhost"),
              List.of(InetAddress.getByName("127.0.0.1")),
              Instant.now(),
              KEY_STORE_PASSWORD.toCharArray());
      Path keyStore = tls.resolve("custos-tls.p12");
      try (OutputStream out = Files.newOutputStream(keyStore)) {
        certificate.writePkcs12(out, KEY_STORE_PASSWORD.toCharArray());
      }
      Path properties = tls.resolve("payara-tls.properties");
      Files.writeString(
          properties,
          "javax.net.ssl.keyStore="
              + keyStore
              + "\n"
              + "javax.net.ssl.keyStorePassword="
              + KEY_STORE_PASSWORD
              + "\n"
              + "javax.net.ssl.keyStoreType=PKCS12\n");
      CustosServer.Running server =
          CustosServer.launch(
              work,
              Map.of("custos.http.https-port", Integer.toString(httpsPort)),
              List.of(
                  "--sslport",
                  Integer.toString(httpsPort),
                  "--sslcert",
                  TlsCertificate.ALIAS,
                  "--systemproperties",
                  properties.toString()),
              dataDir -> {});
      return new Running(
          server, URI.create("https://localhost:" + httpsPort), certificate.certificate());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the TLS test server in " + work, e);
    }
  }
}
