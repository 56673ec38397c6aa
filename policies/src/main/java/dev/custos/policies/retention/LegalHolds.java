package dev.custos.policies.retention;

import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal holds a sweep must respect, indexed by category and by subject so that checking a
 * record costs a couple of look-ups however many holds there are. Immutable and thread-safe.
 */
public final class LegalHolds {

  private static final LegalHold[] NONE_HELD = new LegalHold[0];
  private static final LegalHolds NONE = new LegalHolds(List.of());

  private final List<LegalHold> all;
  private final LegalHold[][] byCategory;
  private final Map<SubjectId, LegalHold[]> bySubject;
  private final Map<String, LegalHold[]> byAccount;

  private LegalHolds(Collection<LegalHold> holds) {
    this.all = List.copyOf(holds);
    List<List<LegalHold>> categories = new ArrayList<>();
    for (int i = 0; i < DataCategory.values().length; i++) {
      categories.add(new ArrayList<>());
    }
    Map<SubjectId, List<LegalHold>> subjects = new HashMap<>();
    Map<String, List<LegalHold>> accounts = new HashMap<>();
    for (LegalHold hold : all) {
      switch (hold.scope()) {
        case HoldScope.OfCategory scope -> categories.get(scope.category().ordinal()).add(hold);
        case HoldScope.OfSubject scope ->
            subjects.computeIfAbsent(scope.subject(), s -> new ArrayList<>()).add(hold);
        case HoldScope.OfSubjectInCategory scope ->
            subjects.computeIfAbsent(scope.subject(), s -> new ArrayList<>()).add(hold);
        case HoldScope.OfAccount scope ->
            accounts.computeIfAbsent(scope.account(), a -> new ArrayList<>()).add(hold);
      }
    }
    this.byCategory =
        categories.stream().map(l -> l.toArray(NONE_HELD)).toArray(LegalHold[][]::new);
    Map<SubjectId, LegalHold[]> index = new HashMap<>();
    subjects.forEach((subject, list) -> index.put(subject, list.toArray(NONE_HELD)));
    this.bySubject = Map.copyOf(index);
    Map<String, LegalHold[]> accountIndex = new HashMap<>();
    accounts.forEach((account, list) -> accountIndex.put(account, list.toArray(NONE_HELD)));
    this.byAccount = Map.copyOf(accountIndex);
  }

  /** No holds at all. */
  public static LegalHolds none() {
    return NONE;
  }

  /** These holds; inactive ones may be included, they are ignored outside their time span. */
  public static LegalHolds of(Collection<LegalHold> holds) {
    return holds.isEmpty() ? NONE : new LegalHolds(holds);
  }

  /** The holds, in the order given. */
  public List<LegalHold> all() {
    return all;
  }

  /**
   * A hold that covers a record of this category and subject and is active at {@code now}, if any.
   * Category-wide holds are reported before holds on the subject, each in the order given.
   */
  public Optional<LegalHold> blocking(
      DataCategory category, Optional<SubjectId> subject, Instant now) {
    return Optional.ofNullable(firstBlocking(category, subject.orElse(null), null, now));
  }

  /**
   * As {@link #blocking(DataCategory, Optional, Instant)} for a record about a B2B account; holds
   * on the account are reported after those on the category and the subject.
   */
  public Optional<LegalHold> blocking(
      DataCategory category, Optional<SubjectId> subject, Optional<String> account, Instant now) {
    return Optional.ofNullable(
        firstBlocking(category, subject.orElse(null), account.orElse(null), now));
  }

  /** As {@link #blocking}, without allocating: null when nothing blocks. */
  LegalHold firstBlocking(DataCategory category, SubjectId subject, String account, Instant now) {
    for (LegalHold hold : byCategory[category.ordinal()]) {
      if (hold.isActiveAt(now)) {
        return hold;
      }
    }
    if (subject != null && !bySubject.isEmpty()) {
      for (LegalHold hold : bySubject.getOrDefault(subject, NONE_HELD)) {
        if (hold.scope().covers(category, subject) && hold.isActiveAt(now)) {
          return hold;
        }
      }
    }
    if (account != null && !byAccount.isEmpty()) {
      for (LegalHold hold : byAccount.getOrDefault(account, NONE_HELD)) {
        if (hold.isActiveAt(now)) {
          return hold;
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "LegalHolds" + all.stream().map(LegalHold::id).toList();
  }
}
