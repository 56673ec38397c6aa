package dev.custos.connectors.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The source cannot serve now (unreachable, overloaded, HTTP 429 or 5xx): the run is retried with
 * the shared back-off, or after {@link #retryAfter()} when the source said how long to wait.
 */
public final class SourceUnavailableException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  public SourceUnavailableException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.retryAfter = Optional.empty();
  }

  /** How long the source asked to wait, if it did. */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : retryAfter;
  }
}
