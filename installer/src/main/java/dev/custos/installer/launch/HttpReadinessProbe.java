package dev.custos.installer.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready means {@code GET /health/ready} (MicroProfile Health) answers 200. */
public final class HttpReadinessProbe implements ReadinessProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http;
  private final HttpRequest request;

  /**
   * @param serverUri the server's root, such as {@code http://127.0.0.1:8080/}
   */
  public HttpReadinessProbe(URI serverUri) {
    // Plain HTTP/1.1: the h2c upgrade the client tries by default can stall on Grizzly.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    this.request =
        HttpRequest.newBuilder(serverUri.resolve("/health/ready")).timeout(TIMEOUT).build();
  }

  @Override
  public boolean ready() {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      // Not listening yet, or busy starting: ask again later.
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
