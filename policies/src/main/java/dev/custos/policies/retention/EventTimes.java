package dev.custos.policies.retention;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * When the events a retention period may count from happened to one record. Events that have not
 * happened (a ticket still open, consent never withdrawn) are absent. Immutable.
 */
public final class EventTimes {

  private static final int EVENTS = RetentionEvent.values().length;
  private static final EventTimes NONE = new EventTimes(new Instant[EVENTS]);

  private final Instant[] times;

  private EventTimes(Instant[] times) {
    this.times = times;
  }

  /** No event has happened. */
  public static EventTimes none() {
    return NONE;
  }

  /** Only collection has happened, at {@code collectedAt}. */
  public static EventTimes collectedAt(Instant collectedAt) {
    return NONE.with(RetentionEvent.COLLECTION, collectedAt);
  }

  /** The events in the map have happened at the given times. */
  public static EventTimes of(Map<RetentionEvent, Instant> times) {
    Instant[] array = new Instant[EVENTS];
    times.forEach((event, time) -> array[event.ordinal()] = Objects.requireNonNull(time, "time"));
    return new EventTimes(array);
  }

  /** A copy in which {@code event} happened at {@code time}. */
  public EventTimes with(RetentionEvent event, Instant time) {
    Instant[] copy = times.clone();
    copy[event.ordinal()] = Objects.requireNonNull(time, "time");
    return new EventTimes(copy);
  }

  /** When the event happened, if it has. */
  public Optional<Instant> at(RetentionEvent event) {
    return Optional.ofNullable(times[event.ordinal()]);
  }

  /** As {@link #at}, without allocating: null when the event has not happened. */
  Instant atOrNull(RetentionEvent event) {
    return times[event.ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventTimes that && Arrays.equals(times, that.times);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(times);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "EventTimes{", "}");
    for (RetentionEvent event : RetentionEvent.values()) {
      Instant time = times[event.ordinal()];
      if (time != null) {
        text.add(event.id() + "=" + time);
      }
    }
    return text.toString();
  }
}
