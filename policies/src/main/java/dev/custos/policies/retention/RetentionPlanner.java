package dev.custos.policies.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what the retention sweep does with a record. Pure: the answer depends only on the rules,
 * the record's metadata, the legal holds and the time passed in, so a dry run decides exactly as
 * the real sweep will. Immutable and thread-safe; one instance serves every sweep.
 *
 * <p>The order of the checks is the contract:
 *
 * <ol>
 *   <li>the counting event has not happened: {@link RetentionDecision.Pending};
 *   <li>the deadline (event time plus period) is still ahead: {@link RetentionDecision.Keep};
 *   <li>an active legal hold covers the record: {@link RetentionDecision.Hold};
 *   <li>otherwise: {@link RetentionDecision.Act}.
 * </ol>
 *
 * A hold is consulted only when an action is due, so a held record whose period is still running is
 * reported as kept until its deadline; once due it is reported as held, never acted on.
 */
public final class RetentionPlanner {

  private final RetentionRules rules;

  public RetentionPlanner(RetentionRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The rules this planner applies. */
  public RetentionRules rules() {
    return rules;
  }

  /** The decision for a record at the clock's current instant. */
  public RetentionDecision decide(RecordMetadata record, LegalHolds holds, Clock clock) {
    return decide(record, holds, clock.instant());
  }

  /**
   * The decision for a record at {@code now}. A sweep reads the clock once per batch and passes the
   * same instant for every record, so that one batch is judged at one moment.
   */
  public RetentionDecision decide(RecordMetadata record, LegalHolds holds, Instant now) {
    RetentionRule rule = rules.ruleFor(record.category());
    Instant eventTime = record.events().atOrNull(rule.countsFrom());
    if (eventTime == null) {
      return new RetentionDecision.Pending(rule);
    }
    Instant deadline = rule.deadlineAfter(eventTime);
    if (now.isBefore(deadline)) {
      return new RetentionDecision.Keep(rule, eventTime, deadline);
    }
    LegalHold hold =
        holds.firstBlocking(
            record.category(), record.subject().orElse(null), record.account().orElse(null), now);
    if (hold != null) {
      return new RetentionDecision.Hold(rule, eventTime, deadline, hold);
    }
    return new RetentionDecision.Act(rule, eventTime, deadline);
  }

  /**
   * The stamp for a record collected now. A period that counts from collection or from the last
   * interaction gets a deadline at once (collection is the first interaction); one that counts from
   * a later event gets none until that event happens.
   */
  public RetentionStamp stamp(DataCategory category, Instant collectedAt) {
    RetentionRule rule = rules.ruleFor(category);
    return switch (rule.countsFrom()) {
      case COLLECTION, LAST_INTERACTION ->
          new RetentionStamp(rule, Optional.of(rule.deadlineAfter(collectedAt)));
      case TICKET_CLOSURE, CONSENT_WITHDRAWAL -> new RetentionStamp(rule, Optional.empty());
    };
  }
}
