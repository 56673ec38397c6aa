package dev.custos.policies.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long data of one category is kept: a period that counts from an event, and the action taken
 * when it ends.
 *
 * <p>Periods are calendar periods (years, months, days) added in UTC, so "2 years from 29 February"
 * ends on 28 February, as {@link java.time.OffsetDateTime#plus} would say. UTC keeps the deadline
 * the same on every node, whatever its time zone.
 *
 * @param category the data it applies to
 * @param period a positive period: no negative part, not zero
 * @param countsFrom the event the period starts at; one the category accepts
 * @param action what happens when the period has passed
 */
public record RetentionRule(
    DataCategory category, Period period, RetentionEvent countsFrom, RetentionAction action) {

  private static final long SECONDS_PER_DAY = 86_400;

  public RetentionRule {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(countsFrom, "countsFrom");
    Objects.requireNonNull(action, "action");
    if (!isPositive(period)) {
      throw new IllegalArgumentException("A retention period must be positive, was " + period);
    }
    if (!category.accepts(countsFrom)) {
      throw new IllegalArgumentException(
          "A period for " + category + " cannot count from " + countsFrom);
    }
  }

  /** Whether the period is longer than zero and has no negative part. */
  public static boolean isPositive(Period period) {
    return !period.isZero()
        && period.getYears() >= 0
        && period.getMonths() >= 0
        && period.getDays() >= 0;
  }

  /**
   * The moment the period ends for data whose counting event happened at {@code eventTime}.
   *
   * <p>Equivalent to {@code eventTime.atOffset(UTC).plus(period).toInstant()}, computed on epoch
   * days because the sweep calls it for every record.
   */
  public Instant deadlineAfter(Instant eventTime) {
    long seconds = eventTime.getEpochSecond();
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    long secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
    LocalDate end =
        LocalDate.ofEpochDay(day).plusMonths(period.toTotalMonths()).plusDays(period.getDays());
    return Instant.ofEpochSecond(
        end.toEpochDay() * SECONDS_PER_DAY + secondOfDay, eventTime.getNano());
  }

  /**
   * A one-line description for dry runs, for example "comments: P2Y from collection, then
   * anonymise".
   */
  public String describe() {
    return category.id() + ": " + period + " from " + countsFrom.id() + ", then " + action.id();
  }
}
