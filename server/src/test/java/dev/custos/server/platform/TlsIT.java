package dev.custos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.TlsServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With an HTTPS listener the server answers over TLS with its certificate and HSTS, and its plain
 * HTTP port serves only health checks: API calls are refused, pages redirected to HTTPS.
 */
@ExtendWith(TlsServer.class)
class TlsIT {

  private final TlsServer.Running tls = TlsServer.get();

  @Test
  void aClientTrustingTheCertificateGetsAnswersWithHsts() throws Exception {
    HttpResponse<String> health = send(trusting(), tls.httpsBase().resolve("/health/ready"));
    HttpResponse<String> api = send(trusting(), tls.httpsBase().resolve("/api/v1/accounts"));

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000; includeSubDomains");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateCannotConnect() {
    HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Assertions.assertThatThrownBy(
            () -> send(defaultTrust, tls.httpsBase().resolve("/health/ready")))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void plainHttpRefusesApiCallsWithAProblemNamingTheHttpsPort() throws Exception {
    HttpResponse<String> reply =
        send(HttpClient.newHttpClient(), tls.server().base().resolve("/api/v1/accounts"));

    assertThat(reply.statusCode()).isEqualTo(403);
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
    assertThat(problem.getString("title")).isEqualTo("HTTPS required");
    assertThat(problem.getString("detail")).contains(Integer.toString(tls.httpsBase().getPort()));
    assertThat(reply.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void plainHttpRedirectsPagesToHttpsAndStillAnswersHealthChecks() throws Exception {
    HttpClient noRedirects = HttpClient.newHttpClient();

    HttpResponse<String> page =
        send(noRedirects, tls.server().base().resolve("/swagger-ui/index.html?x=1"));
    HttpResponse<String> health = send(noRedirects, tls.server().base().resolve("/health/ready"));

    assertThat(page.statusCode()).isEqualTo(308);
    assertThat(page.headers().firstValue("Location"))
        .hasValue("https://127.0.0.1:" + tls.httpsBase().getPort() + "/swagger-ui/index.html?x=1");
    assertThat(health.statusCode()).isEqualTo(200);
  }

  private HttpClient trusting() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("custos", tls.certificate());
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpResponse<String> send(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
