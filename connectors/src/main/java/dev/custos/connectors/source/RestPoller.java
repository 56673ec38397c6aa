package dev.custos.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.connectors.config.SourceSettings.Rest;
import dev.custos.connectors.config.SourceSettings.Rest.Paging;
import dev.custos.connectors.config.SourceSettings.Rest.Position;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.port.Watermark;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a paged JSON API after a watermark and hands each page on with the position after it. With
 * a cursor watermark the committed position is the cursor of the next page; after the last page it
 * stays on that page's own cursor, so the next run reads it again and finds any items added since
 * (the sink discards the repeats as duplicates). With an updated-since watermark each run sends the
 * greatest value committed so far and pages through the answer from its start.
 */
public final class RestPoller {

  private static final String CURSOR = "cursor:";
  private static final String SINCE = "since:";

  private final String connectorId;
  private final Rest settings;
  private final Map<String, String> environment;
  private final Clock clock;

  public RestPoller(
      String connectorId, Rest settings, Map<String, String> environment, Clock clock) {
    this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Map.copyOf(environment);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads every page after {@code after} and hands each to {@code pages}. A failure stops the run;
   * the next one starts from the committed watermark.
   *
   * @return the number of items read
   */
  public int run(Optional<Watermark> after, PageConsumer pages) {
    Optional<String> start = after.map(w -> decode(w, prefix()));
    try (RestRequests requests =
        new RestRequests(
            connectorId,
            settings.timeout(),
            RestAuthorization.header(settings, environment),
            clock)) {
      return pages(requests, start, pages);
    }
  }

  private int pages(RestRequests requests, Optional<String> start, PageConsumer pages) {
    boolean byCursor = settings.position() instanceof Position.LastCursor;
    Optional<String> cursor = byCursor ? start : Optional.empty();
    Optional<String> since = byCursor ? Optional.empty() : start;
    Optional<Watermark> committed = start.map(v -> encode(prefix(), v));
    Optional<String> greatest = since;
    int read = 0;
    for (int number = 1; ; number++) {
      Optional<String> current = cursor;
      JsonNode body = requests.get(uri(current, since, number, read));
      List<SourceEntry> page = entries(body, number);
      read += page.size();
      Optional<String> next = nextCursor(body).filter(n -> !n.equals(current.orElse(null)));
      Optional<Watermark> position;
      if (settings.position() instanceof Position.UpdatedSince u) {
        greatest = greatest(greatest, page, u.field());
        position = greatest.map(v -> encode(SINCE, v));
      } else {
        position = next.or(() -> current).map(v -> encode(CURSOR, v));
      }
      if (!page.isEmpty() || !position.equals(committed)) {
        pages.accept(page, position);
        committed = position;
      }
      if (last(page, next)) {
        return read;
      }
      cursor = next;
    }
  }

  private boolean last(List<SourceEntry> page, Optional<String> next) {
    return switch (settings.paging()) {
      case Paging.Cursor c -> next.isEmpty() || page.isEmpty();
      case Paging.Pages p ->
          page.isEmpty() || (p.sizeParameter().isPresent() && page.size() < settings.pageSize());
    };
  }

  private Optional<String> nextCursor(JsonNode body) {
    return settings.paging() instanceof Paging.Cursor c
        ? JsonItems.text(body, c.field())
        : Optional.empty();
  }

  private List<SourceEntry> entries(JsonNode body, int number) {
    JsonNode items = JsonItems.at(body, settings.itemsField());
    if (!items.isArray()) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + ": an answer of its REST source has no list at "
              + settings.itemsField());
    }
    List<SourceEntry> page = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      page.add(JsonItems.entry("page " + number + " item " + (i + 1), items.get(i)));
    }
    return page;
  }

  private static Optional<String> greatest(
      Optional<String> greatest, List<SourceEntry> page, String field) {
    Optional<String> result = greatest;
    for (SourceEntry entry : page) {
      if (entry instanceof SourceEntry.Row row && row.values().get(field) != null) {
        String value = String.valueOf(row.values().get(field));
        if (result.isEmpty() || JsonItems.UPDATED_ORDER.compare(value, result.get()) > 0) {
          result = Optional.of(value);
        }
      }
    }
    return result;
  }

  private URI uri(Optional<String> cursor, Optional<String> since, int number, int read) {
    Map<String, String> query = new LinkedHashMap<>();
    settings
        .paging()
        .sizeParameter()
        .ifPresent(p -> query.put(p, Integer.toString(settings.pageSize())));
    switch (settings.paging()) {
      case Paging.Cursor c -> cursor.ifPresent(v -> query.put(c.parameter(), v));
      case Paging.Pages p -> query.put(p.parameter(), Integer.toString(p.offset() ? read : number));
    }
    if (settings.position() instanceof Position.UpdatedSince u) {
      since.ifPresent(v -> query.put(u.parameter(), v));
    }
    StringBuilder uri = new StringBuilder(settings.baseUrl().toString().replaceAll("/+$", ""));
    uri.append(settings.path());
    char separator = settings.path().contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      uri.append(separator)
          .append(encode(parameter.getKey()))
          .append('=')
          .append(encode(parameter.getValue()));
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  private String prefix() {
    return settings.position() instanceof Position.LastCursor ? CURSOR : SINCE;
  }

  private Watermark encode(String prefix, String value) {
    String text = prefix + value;
    if (text.length() > 512) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + ": the position given by its REST source is longer than 512 characters");
    }
    return new Watermark(text);
  }

  private String decode(Watermark watermark, String prefix) {
    if (!watermark.value().startsWith(prefix)) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + ": the stored watermark does not match the watermark setting;"
              + " it was written under other settings");
    }
    return watermark.value().substring(prefix.length());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
