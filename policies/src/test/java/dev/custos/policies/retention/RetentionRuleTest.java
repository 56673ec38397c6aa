package dev.custos.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "2024-01-15T10:00:00Z, P2Y, 2026-01-15T10:00:00Z",
    "2024-02-29T23:59:59.5Z, P1Y, 2025-02-28T23:59:59.5Z",
    "2024-01-31T00:00:00Z, P1M, 2024-02-29T00:00:00Z",
    "2023-12-31T12:00:00Z, P90D, 2024-03-30T12:00:00Z",
    "1969-12-31T23:00:00Z, P1Y6M1D, 1971-07-01T23:00:00Z",
  })
  void deadlineAddsTheCalendarPeriodInUtc(String event, String period, String deadline) {
    RetentionRule rule =
        new RetentionRule(
            DataCategory.COMMENTS,
            Period.parse(period),
            RetentionEvent.COLLECTION,
            RetentionAction.DELETE);

    assertThat(rule.deadlineAfter(Instant.parse(event))).isEqualTo(Instant.parse(deadline));
  }

  @Property
  void deadlineMatchesOffsetDateTimeArithmetic(
      @ForAll @LongRange(min = -2_000_000_000L, max = 8_000_000_000L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
      @ForAll @IntRange(min = 0, max = 30) int years,
      @ForAll @IntRange(min = 0, max = 24) int months,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    Period period = Period.of(years, months, days);
    Instant event = Instant.ofEpochSecond(epochSecond, nano);
    RetentionRule rule =
        new RetentionRule(
            DataCategory.SCORES, period, RetentionEvent.COLLECTION, RetentionAction.ANONYMISE);

    assertThat(rule.deadlineAfter(event))
        .isEqualTo(event.atOffset(ZoneOffset.UTC).plus(period).toInstant());
  }

  @Test
  void ruleRejectsAnEventItsCategoryCannotHave() {
    assertThatThrownBy(
            () ->
                new RetentionRule(
                    DataCategory.SCORES,
                    Period.ofYears(1),
                    RetentionEvent.TICKET_CLOSURE,
                    RetentionAction.DELETE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A period for scores cannot count from ticket-closure");
  }

  @Test
  void ruleRejectsZeroAndNegativePeriods() {
    for (Period period : new Period[] {Period.ZERO, Period.ofDays(-1), Period.of(1, -1, 0)}) {
      assertThatThrownBy(
              () ->
                  new RetentionRule(
                      DataCategory.COMMENTS,
                      period,
                      RetentionEvent.COLLECTION,
                      RetentionAction.DELETE))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void idsRoundTripAndUnknownIdsAreEmpty() {
    for (DataCategory category : DataCategory.values()) {
      assertThat(DataCategory.fromId(category.id())).contains(category);
    }
    for (RetentionEvent event : RetentionEvent.values()) {
      assertThat(RetentionEvent.fromId(event.id())).contains(event);
    }
    for (RetentionAction action : RetentionAction.ALL) {
      assertThat(RetentionAction.fromId(action.id())).contains(action);
    }
    assertThat(DataCategory.fromId("Comments")).isEmpty();
    assertThat(RetentionEvent.fromId("closure")).isEmpty();
    assertThat(RetentionAction.fromId("shred")).isEmpty();
  }

  @Test
  void rulesBuiltInCodeMustCoverEveryCategoryOnce() {
    var defaults = RetentionRules.defaults().all();

    assertThat(RetentionRules.of(defaults)).isEqualTo(RetentionRules.defaults());
    assertThatThrownBy(() -> RetentionRules.of(defaults.subList(1, defaults.size())))
        .hasMessage("No rule for contact-data");
    var doubled = new java.util.ArrayList<>(defaults);
    doubled.add(defaults.get(1));
    assertThatThrownBy(() -> RetentionRules.of(doubled)).hasMessage("Two rules for comments");
  }
}
