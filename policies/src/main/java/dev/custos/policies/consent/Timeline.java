package dev.custos.policies.consent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one subject for one purpose, in ledger order (instant, then sequence). Immutable:
 * adding an event returns a new timeline. Timelines are short (a consent, perhaps a withdrawal and
 * a renewal), so a sorted array beats any tree here.
 */
final class Timeline {

  static final Timeline EMPTY = new Timeline(new ConsentEvent[0]);

  private final ConsentEvent[] events;

  private Timeline(ConsentEvent[] events) {
    this.events = events;
  }

  /** This timeline with the event in its place; this timeline itself if it holds the event. */
  Timeline with(ConsentEvent event) {
    for (ConsentEvent existing : events) {
      if (existing.id().equals(event.id()) || existing.sequence() == event.sequence()) {
        if (existing.equals(event)) {
          return this;
        }
        throw new ConflictingConsentEventException(existing.id(), event.id());
      }
    }
    // Events mostly arrive in ledger order, so the place is almost always the end.
    int place = events.length;
    while (place > 0 && Events.compare(events[place - 1], event) > 0) {
      place--;
    }
    ConsentEvent[] grown = new ConsentEvent[events.length + 1];
    System.arraycopy(events, 0, grown, 0, place);
    grown[place] = event;
    System.arraycopy(events, place, grown, place + 1, events.length - place);
    return new Timeline(grown);
  }

  /** The last event at or before the instant, or {@code null} if there is none. */
  ConsentEvent latestAt(Instant instant) {
    int low = 0;
    int high = events.length - 1;
    ConsentEvent latest = null;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (events[middle].at().compareTo(instant) <= 0) {
        latest = events[middle];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return latest;
  }

  List<ConsentEvent> events() {
    return List.of(events);
  }

  int size() {
    return events.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Timeline timeline && Arrays.equals(events, timeline.events);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(events);
  }
}
