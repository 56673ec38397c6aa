package dev.custos.connectors.camel;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed run is retried before it is given up until the next schedule: delays grow from
 * {@code initialDelay} by {@code multiplier} up to {@code maximumDelay}.
 */
public record RetryPolicy(
    int maximumRedeliveries, Duration initialDelay, double multiplier, Duration maximumDelay) {

  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maximumDelay, "maximumDelay");
    if (maximumRedeliveries < 0 || multiplier < 1) {
      throw new IllegalArgumentException(
          "Retries are zero or more, with a multiplier of 1 or more");
    }
  }

  /** Five retries, 2 s to 1 min apart: rides out a database restart or a network blip. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(1));
  }
}
