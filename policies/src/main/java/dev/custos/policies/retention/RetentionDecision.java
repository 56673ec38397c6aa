package dev.custos.policies.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * What the retention sweep should do with one record now, and why: the rule, the event it counts
 * from, the deadline and, when one blocks the action, the legal hold. A dry run lists these for a
 * compliance officer; none of them holds personal data.
 */
public sealed interface RetentionDecision {

  /** The rule of the record's category. */
  RetentionRule rule();

  /** The event the rule's period counts from. */
  default RetentionEvent event() {
    return rule().countsFrom();
  }

  /** One line for a dry-run report, for example "keep until 2027-01-01T00:00:00Z (comments: …)". */
  String explain();

  /** The period has not ended: keep the record until {@code until}. */
  record Keep(RetentionRule rule, Instant eventTime, Instant until) implements RetentionDecision {
    public Keep {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(eventTime, "eventTime");
      Objects.requireNonNull(until, "until");
    }

    @Override
    public String explain() {
      return "keep until %s (%s; %s at %s)"
          .formatted(until, rule.describe(), rule.countsFrom().id(), eventTime);
    }
  }

  /** The period ended at {@code deadline} and no hold applies: take the rule's action now. */
  record Act(RetentionRule rule, Instant eventTime, Instant deadline) implements RetentionDecision {
    public Act {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(eventTime, "eventTime");
      Objects.requireNonNull(deadline, "deadline");
    }

    /** What to do. */
    public RetentionAction action() {
      return rule.action();
    }

    @Override
    public String explain() {
      return "%s: period ended %s (%s; %s at %s)"
          .formatted(
              rule.action().id(), deadline, rule.describe(), rule.countsFrom().id(), eventTime);
    }
  }

  /** The period ended at {@code deadline}, but the legal hold {@code hold} blocks the action. */
  record Hold(RetentionRule rule, Instant eventTime, Instant deadline, LegalHold hold)
      implements RetentionDecision {
    public Hold {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(eventTime, "eventTime");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(hold, "hold");
    }

    /** The id of the blocking hold. */
    public String holdId() {
      return hold.id();
    }

    @Override
    public String explain() {
      return "held by %s (%s): %s was due %s (%s)"
          .formatted(hold.id(), hold.reasonCode(), rule.action().id(), deadline, rule.describe());
    }
  }

  /**
   * The event the period counts from has not happened yet (consent not withdrawn, ticket still
   * open): keep the record; its deadline is not known.
   */
  record Pending(RetentionRule rule) implements RetentionDecision {
    public Pending {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String explain() {
      return "keep: waiting for %s (%s)".formatted(rule.countsFrom().id(), rule.describe());
    }
  }
}
