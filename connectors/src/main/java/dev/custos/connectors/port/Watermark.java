package dev.custos.connectors.port;

import java.util.Objects;

/**
 * A connector's position in its source, as text only the connector interprets (for example {@code
 * 2026-03-01T10:00:00Z|4711} for an updated-at column and an id). Never personal data.
 */
public record Watermark(String value) {

  public Watermark {
    Objects.requireNonNull(value, "value");
    if (value.length() > 512) {
      throw new IllegalArgumentException("A watermark is at most 512 characters");
    }
  }
}
