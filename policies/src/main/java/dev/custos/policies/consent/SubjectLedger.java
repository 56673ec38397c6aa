package dev.custos.policies.consent;

import dev.custos.policies.purpose.PurposeId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The consent events of one subject, by purpose. Immutable. A subject has a handful of purposes, so
 * two small arrays sorted by purpose id beat a hash map: a look-up is a short scan, and a new event
 * copies a few references. Sorting makes equal ledgers equal whatever order events arrived in.
 */
final class SubjectLedger {

  static final SubjectLedger EMPTY =
      new SubjectLedger(new PurposeId[0], new Timeline[0], 0, new ProcessingLimit[0]);

  private final PurposeId[] purposes;
  private final Timeline[] timelines;
  private final int size;
  // Restrictions and objections in ledger order (instant, then sequence); most subjects have none.
  private final ProcessingLimit[] limits;

  private SubjectLedger(
      PurposeId[] purposes, Timeline[] timelines, int size, ProcessingLimit[] limits) {
    this.purposes = purposes;
    this.timelines = timelines;
    this.size = size;
    this.limits = limits;
  }

  /** This ledger with the event added; this ledger itself if it already holds the event. */
  SubjectLedger with(ConsentEvent event) {
    PurposeId purpose = event.purpose();
    int index = indexOf(purpose);
    if (index >= 0) {
      Timeline after = timelines[index].with(event);
      if (after == timelines[index]) {
        return this;
      }
      Timeline[] replaced = timelines.clone();
      replaced[index] = after;
      return new SubjectLedger(purposes, replaced, size + 1, limits);
    }
    int place = 0;
    while (place < purposes.length && purposes[place].compareTo(purpose) < 0) {
      place++;
    }
    return new SubjectLedger(
        inserted(purposes, place, purpose),
        inserted(timelines, place, Timeline.EMPTY.with(event)),
        size + 1,
        limits);
  }

  /** This ledger with the limit added; this ledger itself if it already holds the limit. */
  SubjectLedger with(ProcessingLimit limit) {
    for (ProcessingLimit existing : limits) {
      if (existing.id().equals(limit.id()) || existing.sequence() == limit.sequence()) {
        if (existing.equals(limit)) {
          return this;
        }
        throw new ConflictingConsentEventException(existing.id(), limit.id());
      }
    }
    int place = limits.length;
    while (place > 0 && compare(limits[place - 1], limit) > 0) {
      place--;
    }
    return new SubjectLedger(purposes, timelines, size, inserted(limits, place, limit));
  }

  /** The restriction in force at the instant, or {@code null}. */
  ProcessingLimit.Restricted restrictionAt(Instant at) {
    ProcessingLimit.Restricted inForce = null;
    for (ProcessingLimit limit : limits) {
      if (limit.at().isAfter(at)) {
        break;
      }
      switch (limit) {
        case ProcessingLimit.Restricted restricted -> inForce = restricted;
        case ProcessingLimit.RestrictionLifted lifted -> inForce = null;
        case ProcessingLimit.Objected objected -> {}
      }
    }
    return inForce;
  }

  /** The last objection to the purpose at or before the instant, or {@code null}. */
  ProcessingLimit.Objected objectionAt(PurposeId purpose, Instant at) {
    ProcessingLimit.Objected last = null;
    for (ProcessingLimit limit : limits) {
      if (limit.at().isAfter(at)) {
        break;
      }
      if (limit instanceof ProcessingLimit.Objected objected
          && objected.purpose().equals(purpose)) {
        last = objected;
      }
    }
    return last;
  }

  /** The limits, in ledger order. */
  List<ProcessingLimit> limits() {
    return List.of(limits);
  }

  private static int compare(ProcessingLimit a, ProcessingLimit b) {
    int byTime = a.at().compareTo(b.at());
    return byTime != 0 ? byTime : Long.compare(a.sequence(), b.sequence());
  }

  /** The timeline of a purpose, or {@code null} if the subject has no event for it. */
  Timeline timeline(PurposeId purpose) {
    int index = indexOf(purpose);
    return index < 0 ? null : timelines[index];
  }

  /** The number of events. */
  int size() {
    return size;
  }

  private int indexOf(PurposeId purpose) {
    for (int i = 0; i < purposes.length; i++) {
      if (purposes[i].equals(purpose)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> T[] inserted(T[] array, int place, T element) {
    T[] grown = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, place, grown, place + 1, array.length - place);
    grown[place] = element;
    return grown;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectLedger ledger
        && Arrays.equals(purposes, ledger.purposes)
        && Arrays.equals(timelines, ledger.timelines)
        && Arrays.equals(limits, ledger.limits);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(purposes) + Arrays.hashCode(timelines))
        + Arrays.hashCode(limits);
  }
}
