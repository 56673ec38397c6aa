package dev.custos.policies.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention class and first deadline the privacy gate puts on a new record.
 *
 * @param rule the rule of the record's category
 * @param deadline when the period ends, if it can be known at collection: empty when the period
 *     counts from an event that has not happened yet (ticket closure, consent withdrawal)
 */
public record RetentionStamp(RetentionRule rule, Optional<Instant> deadline) {

  public RetentionStamp {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * Whether the deadline moves later as time goes by: a period that counts from the last
   * interaction restarts with every interaction.
   */
  public boolean isProvisional() {
    return rule.countsFrom() == RetentionEvent.LAST_INTERACTION;
  }
}
