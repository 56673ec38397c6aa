package dev.custos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.KeycloakServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Endpoints that need no token are limited per client address. Runs against the server in {@code
 * oidc} mode, whose budget is small ({@link KeycloakServer}), from a loopback address of its own
 * (127.0.0.3), so that no other test shares its budget.
 */
@ExtendWith(KeycloakServer.class)
class PublicRateLimitIT {

  private static final String OWN_ADDRESS = "127.0.0.3";

  private final URI base = KeycloakServer.get().custos().base();

  @Test
  void anAddressOverItsBudgetGets429WithRetryAfterInItsLanguageAndOnlyOnPublicEndpoints()
      throws IOException {
    List<Integer> statuses = new ArrayList<>();
    RawReply refused = null;
    for (int i = 0; i <= KeycloakServer.PUBLIC_REQUESTS && refused == null; i++) {
      RawReply reply = get("/api/v1/auth/jwks", "en");
      statuses.add(reply.status());
      if (reply.status() == 429) {
        refused = reply;
      }
    }

    assertThat(statuses).hasSize(KeycloakServer.PUBLIC_REQUESTS + 1).endsWith(429);
    assertThat(Long.parseLong(refused.header("retry-after"))).isPositive();
    assertThat(refused.header("content-type")).startsWith("application/problem+json");
    assertThat(refused.body()).contains("\"title\":\"Too many requests\"");
    assertThat(get("/api/v1/auth/jwks", "zh-CN").body()).contains("请求过多");
    assertThat(get("/api/v1/accounts", "en").status()).isEqualTo(401);
  }

  /** One HTTP/1.1 exchange from {@value #OWN_ADDRESS}: java.net.http cannot pick the source. */
  private RawReply get(String path, String language) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(OWN_ADDRESS), 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getAuthority()
                  + "\r\nAccept-Language: "
                  + language
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return RawReply.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Status, lower-cased header lines and body of a raw answer. */
  private record RawReply(int status, List<String> headers, String body) {
    static RawReply parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      String[] lines = raw.substring(0, end).split("\r\n");
      return new RawReply(
          Integer.parseInt(lines[0].split(" ")[1]),
          List.of(lines).subList(1, lines.length),
          raw.substring(end + 4));
    }

    String header(String name) {
      return headers.stream()
          .filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith(name + ":"))
          .map(h -> h.substring(h.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(null);
    }
  }
}
