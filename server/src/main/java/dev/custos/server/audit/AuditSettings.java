package dev.custos.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the audit trail is sealed and signed. A checkpoint is written after every batch, so at
 * most {@code custos.audit.seal-batch} events and {@code custos.audit.seal-interval} of time pass
 * without a signature: that is the window in which appended events are not yet tamper-evident.
 */
@ApplicationScoped
public class AuditSettings {

  static final String INTERVAL = "custos.audit.seal-interval";
  static final String BATCH = "custos.audit.seal-batch";

  private final Duration interval;
  private final int batch;

  @Inject
  public AuditSettings(
      @ConfigProperty(name = INTERVAL, defaultValue = "PT10S") String interval,
      @ConfigProperty(name = BATCH, defaultValue = "1000") String batch) {
    this.interval = parseInterval(interval);
    this.batch = parseBatch(batch);
  }

  /** For CDI client proxies only. */
  protected AuditSettings() {
    this.interval = null;
    this.batch = 0;
  }

  public Duration interval() {
    return interval;
  }

  public int batch() {
    return batch;
  }

  static Duration parseInterval(String value) {
    try {
      Duration d = Duration.parse(value.strip());
      if (d.compareTo(Duration.ofMillis(100)) < 0 || d.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            INTERVAL + " must be between PT0.1S and PT1H, not " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          INTERVAL + " must be an ISO-8601 duration such as PT10S, not " + value, e);
    }
  }

  static int parseBatch(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 1 || n > 100_000) {
        throw new IllegalArgumentException(BATCH + " must be from 1 to 100000, not " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(BATCH + " must be a whole number, not " + value, e);
    }
  }
}
