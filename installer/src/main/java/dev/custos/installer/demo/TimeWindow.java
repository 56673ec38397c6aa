package dev.custos.installer.demo;

import java.time.Instant;

/**
 * A half-open span of time.
 *
 * @param start the first instant inside
 * @param end the first instant after
 */
record TimeWindow(Instant start, Instant end) {

  TimeWindow {
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start " + start + " is not before end " + end);
    }
  }

  boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
