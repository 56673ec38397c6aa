package dev.custos.connectors.config;

import dev.custos.policies.yaml.YamlMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The URL of a source that credentials and personal data cross: a secure scheme, or the plain one
 * only to this machine; a host; no user or query in it (credentials are given apart, by reference).
 */
final class SourceUrls {

  /** Host names that stay on this machine. */
  static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private SourceUrls() {}

  /**
   * Reads the URL under {@code key}, or records a problem saying what is expected.
   *
   * @param example a URL such as the administrator should write
   * @param hint what else the problem should say, after the rules
   */
  static Optional<URI> read(
      YamlMap source,
      String key,
      String secureScheme,
      String plainScheme,
      String example,
      String hint) {
    String expected = "a URL such as " + example;
    return source
        .text(key, expected)
        .flatMap(
            text -> {
              try {
                URI uri = new URI(text);
                String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
                boolean secure =
                    scheme.equals(secureScheme)
                        || (scheme.equals(plainScheme) && LOOPBACK.contains(uri.getHost()));
                if (uri.getHost() != null
                    && uri.getUserInfo() == null
                    && uri.getRawQuery() == null
                    && secure) {
                  return Optional.of(uri);
                }
              } catch (URISyntaxException e) {
                // Reported below with what is expected.
              }
              source.problem(
                  source.entries().get(key),
                  key,
                  "expected "
                      + expected
                      + " without user or query"
                      + hint
                      + "; plain "
                      + plainScheme
                      + " only for 127.0.0.1 or localhost");
              return Optional.empty();
            });
  }
}
