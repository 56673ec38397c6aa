package dev.custos.policies.consent;

import dev.custos.policies.purpose.PurposeId;
import java.util.HashMap;
import java.util.Map;

/**
 * The consent events of one subject, by purpose. Immutable. A subject has a handful of purposes, so
 * copying the small map on each new event is cheaper than any shared structure.
 */
final class SubjectLedger {

  static final SubjectLedger EMPTY = new SubjectLedger(Map.of(), 0);

  private final Map<PurposeId, Timeline> timelines;
  private final int size;

  private SubjectLedger(Map<PurposeId, Timeline> timelines, int size) {
    this.timelines = timelines;
    this.size = size;
  }

  /** This ledger with the event added; this ledger itself if it already holds the event. */
  SubjectLedger with(ConsentEvent event) {
    Timeline before = timelines.getOrDefault(event.purpose(), Timeline.EMPTY);
    Timeline after = before.with(event);
    if (after == before) {
      return this;
    }
    Map<PurposeId, Timeline> copy = new HashMap<>(timelines);
    copy.put(event.purpose(), after);
    return new SubjectLedger(Map.copyOf(copy), size + 1);
  }

  /** The timeline of a purpose, or {@code null} if the subject has no event for it. */
  Timeline timeline(PurposeId purpose) {
    return timelines.get(purpose);
  }

  /** The number of events. */
  int size() {
    return size;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectLedger ledger && timelines.equals(ledger.timelines);
  }

  @Override
  public int hashCode() {
    return timelines.hashCode();
  }
}
