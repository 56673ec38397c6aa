package dev.custos.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceRefusedException;
import dev.custos.connectors.ingest.SourceUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * GET requests of one REST run with the JDK client, HTTP/1.1 forced (some on-premise gateways
 * mishandle h2c upgrades) and redirects refused (they could carry the token to another host). Maps
 * answers to the connector's failures: 429 and 5xx are worth retrying, other 4xx are not. Only
 * status codes reach messages; bodies never do.
 */
final class RestRequests implements AutoCloseable {

  /** The longest Retry-After honoured: a source asking for more is retried after this. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String connectorId;
  private final Duration timeout;
  private final Optional<String> authorization;
  private final Clock clock;
  private final HttpClient client;

  RestRequests(String connectorId, Duration timeout, Optional<String> authorization, Clock clock) {
    this.connectorId = connectorId;
    this.timeout = timeout;
    this.authorization = authorization;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Reads the JSON document at {@code uri}. */
  JsonNode get(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
    authorization.ifPresent(value -> request.header("Authorization", value));
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new SourceUnavailableException(
          "Connector "
              + connectorId
              + " could not reach its REST source ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Connector " + connectorId + " was interrupted", e);
    }
    return body(response);
  }

  private JsonNode body(HttpResponse<InputStream> response) {
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status == 429 || status >= 500) {
        throw new SourceUnavailableException(
            "Connector " + connectorId + ": its REST source answered HTTP " + status,
            retryAfter(response));
      }
      if (status < 200 || status >= 300) {
        throw new SourceRefusedException(
            "Connector "
                + connectorId
                + ": its REST source refused the request with HTTP "
                + status
                + "; check the connector's URL, path and credentials");
      }
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new SourceUnavailableException(
          "Connector "
              + connectorId
              + " could not read an answer of its REST source as JSON ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }

  /** Retry-After in seconds or as an HTTP date, at most {@link #LONGEST_RETRY_AFTER}. */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(this::delay)
        .map(d -> d.isNegative() ? Duration.ZERO : d)
        .map(d -> d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d);
  }

  private Optional<Duration> delay(String value) {
    String text = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(Duration.between(clock.instant(), at.toInstant()));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
