package dev.custos.policies.consent;

import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.Purpose;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.purpose.UnknownPurposeException;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The consent state (同意状态) of every subject, folded from the consent ledger, together with the
 * policy pack it is judged under. Immutable and thread-safe: fold the ledger once, then {@link
 * #decide} any number of times from any number of threads; {@link #apply} a new event to get a new
 * view that shares almost all of this one.
 *
 * <p>The view keeps each subject's whole history per purpose, not only the latest event, so a
 * decision can be asked for any instant, and it depends only on the events at or before that
 * instant. Events are kept in ledger order (instant, then sequence) whatever order they are applied
 * in, and applying an event twice changes nothing: folding a ledger in one go, or a prefix and then
 * the rest, gives equal views.
 */
public final class ConsentView {

  // Below this many recently changed subjects, merging them into the base is not worth a copy.
  private static final int MIN_RECENT = 1024;

  private final PolicyPack pack;
  private final Map<PurposeId, PurposeRule> rules;
  // Subjects as of the last fold or merge: a plain hash map, the fastest look-up. Never changed
  // after construction, and published through a final field, so sharing it between threads is
  // safe.
  private final Map<SubjectId, SubjectLedger> base;
  // Subjects changed since, shadowing the base. A persistent map, so that each apply shares it;
  // merged into a new base once it outgrows an eighth of the base, which keeps an apply amortised
  // O(log n) and a look-up close to one hash-map probe.
  private final PersistentMap<SubjectId, SubjectLedger> recent;
  private final int subjectCount;
  private final long eventCount;

  private ConsentView(
      PolicyPack pack,
      Map<PurposeId, PurposeRule> rules,
      Map<SubjectId, SubjectLedger> base,
      PersistentMap<SubjectId, SubjectLedger> recent,
      int subjectCount,
      long eventCount) {
    this.pack = pack;
    this.rules = rules;
    this.base = base;
    this.recent = recent;
    this.subjectCount = subjectCount;
    this.eventCount = eventCount;
  }

  /** A view of an empty ledger, judged under the pack. */
  public static ConsentView empty(PolicyPack pack) {
    return new ConsentView(pack, rulesOf(pack), Map.of(), PersistentMap.empty(), 0, 0);
  }

  /**
   * The view of a ledger, judged under the pack. The events may come in any order.
   *
   * @throws ConflictingConsentEventException if two different events share an id or sequence for
   *     the same subject and purpose
   */
  public static ConsentView fold(PolicyPack pack, Iterable<? extends ConsentEvent> ledger) {
    Map<SubjectId, SubjectLedger> subjects = new HashMap<>();
    long events = 0;
    for (ConsentEvent event : ledger) {
      SubjectLedger before = subjects.getOrDefault(event.subject(), SubjectLedger.EMPTY);
      SubjectLedger after = before.with(event);
      if (after != before) {
        subjects.put(event.subject(), after);
        events += after.size() - before.size();
      }
    }
    return new ConsentView(
        pack, rulesOf(pack), subjects, PersistentMap.empty(), subjects.size(), events);
  }

  /**
   * This view with one more event.
   *
   * @throws ConflictingConsentEventException if the view holds a different event with the same id
   *     or sequence for the same subject and purpose
   */
  public ConsentView apply(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    SubjectLedger found = ledger(event.subject());
    SubjectLedger before = found == null ? SubjectLedger.EMPTY : found;
    SubjectLedger after = before.with(event);
    if (after == before) {
      return this;
    }
    PersistentMap<SubjectId, SubjectLedger> changed = recent.put(event.subject(), after);
    int subjects = found == null ? subjectCount + 1 : subjectCount;
    long events = eventCount + after.size() - before.size();
    if (changed.size() > Math.max(MIN_RECENT, base.size() >>> 3)) {
      return new ConsentView(
          pack, rules, merged(base, changed), PersistentMap.empty(), subjects, events);
    }
    return new ConsentView(pack, rules, base, changed, subjects, events);
  }

  /**
   * This view with one more restriction or objection. Limits do not count as consent events.
   *
   * @throws ConflictingConsentEventException if the view holds a different limit with the same id
   *     or sequence for the subject
   */
  public ConsentView apply(ProcessingLimit limit) {
    Objects.requireNonNull(limit, "limit");
    SubjectLedger found = ledger(limit.subject());
    SubjectLedger before = found == null ? SubjectLedger.EMPTY : found;
    SubjectLedger after = before.with(limit);
    if (after == before) {
      return this;
    }
    PersistentMap<SubjectId, SubjectLedger> changed = recent.put(limit.subject(), after);
    int subjects = found == null ? subjectCount + 1 : subjectCount;
    if (changed.size() > Math.max(MIN_RECENT, base.size() >>> 3)) {
      return new ConsentView(
          pack, rules, merged(base, changed), PersistentMap.empty(), subjects, eventCount);
    }
    return new ConsentView(pack, rules, base, changed, subjects, eventCount);
  }

  /** This view with the limits applied one after another. */
  public ConsentView applyLimits(Iterable<? extends ProcessingLimit> limits) {
    ConsentView view = this;
    for (ProcessingLimit limit : limits) {
      view = view.apply(limit);
    }
    return view;
  }

  /** This view with the events applied one after another. */
  public ConsentView applyAll(Iterable<? extends ConsentEvent> events) {
    ConsentView view = this;
    for (ConsentEvent event : events) {
      view = view.apply(event);
    }
    return view;
  }

  /**
   * The same ledger judged under another pack, for example a new version of the same pack. Costs a
   * pass over the pack's purposes, not over the ledger.
   */
  public ConsentView withPack(PolicyPack newPack) {
    return new ConsentView(newPack, rulesOf(newPack), base, recent, subjectCount, eventCount);
  }

  /**
   * Whether the purpose may be processed for the subject at the instant, and why. Costs a hash
   * look-up or two and a search of the subject's few events for the purpose.
   *
   * <p>A purpose whose default basis in the pack is not consent is allowed on that basis whatever
   * the ledger says. Otherwise the last event at or before the instant decides: a consent given and
   * not expired allows, unless the pack requires separate consent and the consent was bundled; a
   * withdrawal, refusal or expiry denies; no event denies.
   *
   * <p>Limits come first, whatever the basis: a restriction in force denies every purpose that the
   * pack does not rest on a legal obligation, and an objection to the purpose denies it unless the
   * person gave consent to it after objecting.
   *
   * @throws UnknownPurposeException if the pack does not define the purpose
   */
  public ConsentDecision decide(SubjectId subject, PurposeId purpose, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    PurposeRule rule = rules.get(Objects.requireNonNull(purpose, "purpose"));
    if (rule == null) {
      throw new UnknownPurposeException(purpose, pack.reference());
    }
    SubjectLedger ledger = ledger(subject);
    if (ledger != null) {
      ConsentDecision limited = limited(ledger, rule, purpose, at);
      if (limited != null) {
        return limited;
      }
    }
    if (!rule.needsConsent()) {
      return rule.withoutEvent();
    }
    ConsentEvent latest = latestAt(subject, purpose, at);
    return latest == null ? rule.withoutEvent() : rule.decide(latest, at);
  }

  private ConsentDecision limited(
      SubjectLedger ledger, PurposeRule rule, PurposeId purpose, Instant at) {
    ProcessingLimit.Restricted restricted = ledger.restrictionAt(at);
    if (restricted != null && rule.basis() != LawfulBasis.LEGAL_OBLIGATION) {
      return rule.limited(new ConsentDecision.RestrictedAt(restricted.id(), restricted.at()));
    }
    ProcessingLimit.Objected objected = ledger.objectionAt(purpose, at);
    if (objected == null) {
      return null;
    }
    Timeline timeline = ledger.timeline(purpose);
    ConsentEvent latest = timeline == null ? null : timeline.latestAt(at);
    boolean consentedSince =
        latest instanceof ConsentEvent.Given && latest.at().isAfter(objected.at());
    return consentedSince
        ? null
        : rule.limited(new ConsentDecision.ObjectedAt(objected.id(), objected.at()));
  }

  /** The subject's restrictions and objections, in ledger order. */
  public List<ProcessingLimit> limits(SubjectId subject) {
    SubjectLedger ledger = ledger(Objects.requireNonNull(subject, "subject"));
    return ledger == null ? List.of() : ledger.limits();
  }

  /** The last event for the subject and purpose at or before the instant, if any. */
  public Optional<ConsentEvent> latest(SubjectId subject, PurposeId purpose, Instant at) {
    return Optional.ofNullable(latestAt(subject, purpose, Objects.requireNonNull(at, "at")));
  }

  /** Every event for the subject and purpose, in ledger order. */
  public List<ConsentEvent> history(SubjectId subject, PurposeId purpose) {
    Timeline timeline = timeline(subject, purpose);
    return timeline == null ? List.of() : timeline.events();
  }

  /** The pack decisions are made under. */
  public PolicyPack pack() {
    return pack;
  }

  /** The number of distinct events folded in. */
  public long eventCount() {
    return eventCount;
  }

  /** The number of subjects with at least one event. */
  public int subjectCount() {
    return subjectCount;
  }

  private ConsentEvent latestAt(SubjectId subject, PurposeId purpose, Instant at) {
    Timeline timeline = timeline(subject, purpose);
    return timeline == null ? null : timeline.latestAt(at);
  }

  private Timeline timeline(SubjectId subject, PurposeId purpose) {
    SubjectLedger ledger = ledger(subject);
    return ledger == null ? null : ledger.timeline(purpose);
  }

  private SubjectLedger ledger(SubjectId subject) {
    if (recent.size() != 0) {
      SubjectLedger changed = recent.get(subject);
      if (changed != null) {
        return changed;
      }
    }
    return base.get(subject);
  }

  private static Map<SubjectId, SubjectLedger> merged(
      Map<SubjectId, SubjectLedger> base, PersistentMap<SubjectId, SubjectLedger> recent) {
    Map<SubjectId, SubjectLedger> merged = new HashMap<>(base);
    recent.allMatch(
        (subject, ledger) -> {
          merged.put(subject, ledger);
          return true;
        });
    return merged;
  }

  /** Whether every subject's ledger passes the test; each subject is tested once. */
  private boolean allSubjects(BiPredicate<SubjectId, SubjectLedger> test) {
    if (!recent.allMatch(test)) {
      return false;
    }
    for (Map.Entry<SubjectId, SubjectLedger> entry : base.entrySet()) {
      boolean shadowed = recent.size() != 0 && recent.get(entry.getKey()) != null;
      if (!shadowed && !test.test(entry.getKey(), entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Map<PurposeId, PurposeRule> rulesOf(PolicyPack pack) {
    Map<PurposeId, PurposeRule> rules = new HashMap<>();
    for (Purpose purpose : pack.purposes().values()) {
      rules.put(purpose.id(), PurposeRule.of(purpose, pack.reference()));
    }
    return Map.copyOf(rules);
  }

  /** Views are equal when they hold the same events and judge them under the same pack. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ConsentView view
        && eventCount == view.eventCount
        && subjectCount == view.subjectCount
        && pack.equals(view.pack)
        && allSubjects((subject, ledger) -> ledger.equals(view.ledger(subject)));
  }

  @Override
  public int hashCode() {
    int[] sum = {pack.hashCode()};
    // A sum does not depend on how subjects are split between the base and recent changes.
    allSubjects(
        (subject, ledger) -> {
          sum[0] += subject.hashCode() ^ ledger.hashCode();
          return true;
        });
    return sum[0];
  }

  /** The view's size and pack; never its events, which name subjects. */
  @Override
  public String toString() {
    return "ConsentView[pack="
        + pack.reference()
        + ", subjects="
        + subjectCount
        + ", events="
        + eventCount
        + "]";
  }
}
