package dev.custos.connectors.config;

import dev.custos.connectors.config.SourceSettings.Rest;
import dev.custos.policies.yaml.YamlMap;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the {@code source} section of a {@code rest-poll} connector. */
final class RestSourceReader {

  static final Set<String> KEYS =
      Set.of("baseUrl", "path", "paging", "items", "auth", "watermark", "timeout", "pageSize");

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(10);

  /** Query parameter and field names: written into URLs and read from JSON, never values. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

  private RestSourceReader() {}

  static Optional<Rest> read(YamlMap source) {
    Optional<URI> baseUrl = baseUrl(source);
    Optional<String> path = path(source);
    Optional<Rest.Paging> paging = paging(source);
    Optional<String> items = name(source, "items", "the field holding the items, such as data");
    Optional<Rest.Auth> auth = source.has("auth") ? auth(source) : Optional.empty();
    boolean authValid = !source.has("auth") || auth.isPresent();
    Optional<Rest.Position> position = position(source);
    Optional<Duration> timeout = timeout(source);
    int pageSize =
        source
            .optionalInt("pageSize", SourceReader.MAX_PAGE_SIZE)
            .orElse(SourceReader.DEFAULT_PAGE_SIZE);
    if (baseUrl.isEmpty()
        || path.isEmpty()
        || paging.isEmpty()
        || items.isEmpty()
        || !authValid
        || position.isEmpty()
        || timeout.isEmpty()) {
      return Optional.empty();
    }
    if (position.get() instanceof Rest.Position.LastCursor
        && !(paging.get() instanceof Rest.Paging.Cursor)) {
      source.problem(
          source.entries().get("watermark"), "watermark", "watermark: cursor needs cursor paging");
      return Optional.empty();
    }
    return Optional.of(
        new Rest(
            baseUrl.get(),
            path.get(),
            paging.get(),
            items.get(),
            auth,
            position.get(),
            timeout.get(),
            pageSize));
  }

  /** Tokens and passwords cross the network: plain http only to this machine. */
  private static Optional<URI> baseUrl(YamlMap source) {
    return SourceUrls.read(source, "baseUrl", "https", "http", "https://crm.example.com", "");
  }

  private static Optional<String> path(YamlMap source) {
    Optional<String> path = source.text("path", "a path starting with /");
    path.filter(p -> !p.startsWith("/") || p.contains("#") || p.contains(" "))
        .ifPresent(
            p ->
                source.problem(
                    source.entries().get("path"),
                    "path",
                    "expected a path starting with /, without spaces or #"));
    return path.filter(p -> p.startsWith("/") && !p.contains("#") && !p.contains(" "));
  }

  private static Optional<Rest.Paging> paging(YamlMap source) {
    Optional<YamlMap> paging = source.map("paging", Set.of("cursor", "page"));
    if (paging.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = paging.get();
    if (map.has("cursor") == map.has("page")) {
      map.problem(map.node(), "cursor", "give either cursor or page");
      return Optional.empty();
    }
    if (map.has("cursor")) {
      return map.map("cursor", Set.of("field", "parameter", "sizeParameter"))
          .flatMap(
              c -> {
                Optional<String> field = name(c, "field", "the response field of the next cursor");
                Optional<String> parameter = name(c, "parameter", "a query parameter name");
                Optional<String> size = optionalName(c, "sizeParameter");
                if (field.isEmpty()
                    || parameter.isEmpty()
                    || c.has("sizeParameter") != size.isPresent()) {
                  return Optional.empty();
                }
                return Optional.of(new Rest.Paging.Cursor(field.get(), parameter.get(), size));
              });
    }
    return map.map("page", Set.of("parameter", "sizeParameter", "offset"))
        .flatMap(
            p -> {
              Optional<String> parameter = name(p, "parameter", "a query parameter name");
              Optional<String> size = optionalName(p, "sizeParameter");
              boolean offset = p.optionalBool("offset").orElse(false);
              if (parameter.isEmpty() || p.has("sizeParameter") != size.isPresent()) {
                return Optional.empty();
              }
              return Optional.of(new Rest.Paging.Pages(parameter.get(), size, offset));
            });
  }

  private static Optional<Rest.Auth> auth(YamlMap source) {
    Optional<YamlMap> auth = source.map("auth", Set.of("bearer", "basic"));
    if (auth.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = auth.get();
    if (map.has("bearer") == map.has("basic")) {
      map.problem(map.node(), "bearer", "give either bearer or basic");
      return Optional.empty();
    }
    if (map.has("bearer")) {
      return SourceReader.secret(map, "bearer").map(Rest.Auth.Bearer::new);
    }
    return map.map("basic", Set.of("user", "password"))
        .flatMap(
            basic -> {
              Optional<String> user = basic.text("user", "a user name");
              Optional<SecretReference> password = SourceReader.secret(basic, "password");
              if (user.isEmpty() || password.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new Rest.Auth.Basic(user.get(), password.get()));
            });
  }

  private static Optional<Rest.Position> position(YamlMap source) {
    String expected = "cursor, or {updatedSince: {field: updated_at, parameter: updated_since}}";
    Optional<org.snakeyaml.engine.v2.nodes.Node> node = source.required("watermark", expected);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ScalarNode scalar) {
      if (scalar.getValue().equals("cursor")) {
        return Optional.of(new Rest.Position.LastCursor());
      }
      source.problem(scalar, "watermark", "expected " + expected);
      return Optional.empty();
    }
    return source
        .map("watermark", Set.of("updatedSince"))
        .flatMap(w -> w.map("updatedSince", Set.of("field", "parameter")))
        .flatMap(
            u -> {
              Optional<String> field = name(u, "field", "the item field of its update time");
              Optional<String> parameter = name(u, "parameter", "a query parameter name");
              if (field.isEmpty() || parameter.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new Rest.Position.UpdatedSince(field.get(), parameter.get()));
            });
  }

  private static Optional<Duration> timeout(YamlMap source) {
    if (!source.has("timeout")) {
      return Optional.of(DEFAULT_TIMEOUT);
    }
    String expected = "an ISO-8601 duration such as PT30S";
    return source
        .text("timeout", expected)
        .flatMap(
            text -> {
              try {
                Duration timeout = Duration.parse(text);
                if (timeout.isPositive() && timeout.compareTo(LONGEST_TIMEOUT) <= 0) {
                  return Optional.of(timeout);
                }
              } catch (DateTimeParseException e) {
                // Reported below with what is expected.
              }
              source.problem(
                  source.entries().get("timeout"),
                  "timeout",
                  "expected " + expected + " of at most PT10M");
              return Optional.empty();
            });
  }

  private static Optional<String> name(YamlMap map, String key, String expected) {
    return map.text(key, expected).filter(text -> validName(map, key, text));
  }

  private static Optional<String> optionalName(YamlMap map, String key) {
    return map.optionalText(key, "a query parameter name").filter(t -> validName(map, key, t));
  }

  private static boolean validName(YamlMap map, String key, String text) {
    boolean valid = NAME.matcher(text).matches();
    if (!valid) {
      map.problem(
          map.entries().get(key), key, "expected a name of letters, digits, _, - and . only");
    }
    return valid;
  }
}
