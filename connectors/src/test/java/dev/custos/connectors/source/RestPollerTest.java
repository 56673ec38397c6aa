package dev.custos.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.custos.connectors.config.SecretReference;
import dev.custos.connectors.config.SourceSettings.Rest;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.ingest.SourceRefusedException;
import dev.custos.connectors.ingest.SourceUnavailableException;
import dev.custos.connectors.port.Watermark;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Page and offset paging, updated-since watermarks and status codes, against a local server. */
class RestPollerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile int status = 200;
  private volatile String retryAfter;

  RestPollerTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    server.createContext("/tickets", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Seven tickets, updated one minute apart; {@code since} filters at or after, pages of 3. */
  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    queries.add(query);
    Map<String, String> parameters = new java.util.HashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      parameters.put(kv[0], kv[1]);
    }
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      String updated = "2026-02-01T10:0" + i + ":00Z";
      if (!parameters.containsKey("since") || updated.compareTo(parameters.get("since")) >= 0) {
        items.add(
            "{\"id\": "
                + i
                + ", \"updated\": \""
                + updated
                + "\", \"who\": {\"name\": \"N"
                + i
                + "\"}}");
      }
    }
    int size = Integer.parseInt(parameters.get("size"));
    int from =
        parameters.containsKey("offset")
            ? Integer.parseInt(parameters.get("offset"))
            : (Integer.parseInt(parameters.getOrDefault("page", "1")) - 1) * size;
    List<String> page =
        items.subList(Math.min(from, items.size()), Math.min(from + size, items.size()));
    byte[] body =
        ("{\"result\": {\"items\": [" + String.join(",", page) + "]}}")
            .getBytes(StandardCharsets.UTF_8);
    if (retryAfter != null) {
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private RestPoller poller(Rest.Paging paging, Rest.Position position) {
    Rest settings =
        new Rest(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
            "/tickets",
            paging,
            "result.items",
            Optional.of(new Rest.Auth.Basic("custos", new SecretReference.FromEnv("PW"))),
            position,
            Duration.ofSeconds(5),
            3);
    return new RestPoller("tickets", settings, Map.of("PW", "pw"), CLOCK);
  }

  @Test
  void pagesByNumberUntilAShortPageAndCommitsTheGreatestUpdatedValue() {
    List<SourceEntry> read = new ArrayList<>();
    List<Optional<Watermark>> marks = new ArrayList<>();
    RestPoller poller =
        poller(
            new Rest.Paging.Pages("page", Optional.of("size"), false),
            new Rest.Position.UpdatedSince("updated", "since"));

    int count =
        poller.run(
            Optional.empty(),
            (page, mark) -> {
              read.addAll(page);
              marks.add(mark);
            });

    assertThat(count).isEqualTo(7);
    assertThat(queries).containsExactly("size=3&page=1", "size=3&page=2", "size=3&page=3");
    assertThat(marks.getLast()).contains(new Watermark("since:2026-02-01T10:07:00Z"));
    assertThat(((SourceEntry.Row) read.getFirst()).values()).containsEntry("who.name", "N1");
  }

  @Test
  void sendsTheCommittedUpdatedValueAndPagesByOffset() {
    List<SourceEntry> read = new ArrayList<>();
    RestPoller poller =
        poller(
            new Rest.Paging.Pages("offset", Optional.of("size"), true),
            new Rest.Position.UpdatedSince("updated", "since"));

    poller.run(
        Optional.of(new Watermark("since:2026-02-01T10:05:00Z")),
        (page, mark) -> read.addAll(page));

    assertThat(read).hasSize(3);
    assertThat(queries)
        .containsExactly(
            "size=3&offset=0&since=2026-02-01T10:05:00Z",
            "size=3&offset=3&since=2026-02-01T10:05:00Z");
  }

  @Test
  void tellsARetryableAnswerWithItsRetryAfterFromARefusedOne() {
    RestPoller poller =
        poller(
            new Rest.Paging.Pages("page", Optional.of("size"), false),
            new Rest.Position.UpdatedSince("updated", "since"));
    status = 503;
    retryAfter = "7";
    assertThatThrownBy(() -> poller.run(Optional.empty(), (page, mark) -> {}))
        .isInstanceOfSatisfying(
            SourceUnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)))
        .hasMessage("Connector tickets: its REST source answered HTTP 503");

    status = 404;
    retryAfter = null;
    assertThatThrownBy(() -> poller.run(Optional.empty(), (page, mark) -> {}))
        .isInstanceOf(SourceRefusedException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void refusesAWatermarkWrittenUnderOtherSettings() {
    RestPoller poller =
        poller(
            new Rest.Paging.Pages("page", Optional.of("size"), false),
            new Rest.Position.UpdatedSince("updated", "since"));

    assertThatThrownBy(
            () -> poller.run(Optional.of(new Watermark("cursor:abc")), (page, mark) -> {}))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("written under other settings");
    assertThat(queries).isEmpty();
  }
}
