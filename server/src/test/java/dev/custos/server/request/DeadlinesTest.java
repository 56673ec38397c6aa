package dev.custos.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.server.request.store.SubjectRequestEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Legal deadlines and days left, on a fixed clock. */
class DeadlinesTest {

  private static final Instant RECEIVED = Instant.parse("2026-01-31T09:30:00Z");
  private final Deadlines deadlines = new Deadlines(15);

  @Test
  void gdprGivesOneCalendarMonthAndThreeWhenExtended() {
    assertThat(deadlines.due(Jurisdiction.GDPR, RECEIVED, false))
        .isEqualTo(Instant.parse("2026-02-28T09:30:00Z"));
    assertThat(deadlines.due(Jurisdiction.GDPR, RECEIVED, true))
        .isEqualTo(Instant.parse("2026-04-30T09:30:00Z"));
    assertThat(deadlines.due(Jurisdiction.GDPR, Instant.parse("2026-03-10T00:00:00Z"), false))
        .isEqualTo(Instant.parse("2026-04-10T00:00:00Z"));
  }

  @Test
  void piplGivesTheConfiguredDaysAndCannotBeExtended() {
    assertThat(deadlines.due(Jurisdiction.PIPL, RECEIVED, false))
        .isEqualTo(Instant.parse("2026-02-15T09:30:00Z"));
    assertThat(new Deadlines(30).due(Jurisdiction.PIPL, RECEIVED, false))
        .isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
    assertThat(Deadlines.extendable(Jurisdiction.PIPL)).isFalse();
    assertThat(Deadlines.extendable(Jurisdiction.GDPR)).isTrue();
  }

  @Test
  void aPiplDeadlineOutsideOneToAYearStopsTheStartNamingTheSetting() {
    assertThatThrownBy(() -> new Deadlines(0)).hasMessageContaining(Deadlines.PIPL_DAYS);
    assertThatThrownBy(() -> new Deadlines(366)).hasMessageContaining(Deadlines.PIPL_DAYS);
  }

  @Test
  void daysLeftRoundUpAndGoBelowZeroOncePassed() {
    Instant due = Instant.parse("2026-02-15T09:30:00Z");

    assertThat(Deadlines.daysLeft(due, due.minus(Duration.ofDays(15)))).isEqualTo(15);
    assertThat(Deadlines.daysLeft(due, due.minus(Duration.ofHours(30)))).isEqualTo(2);
    assertThat(Deadlines.daysLeft(due, due.minus(Duration.ofMinutes(1)))).isEqualTo(1);
    assertThat(Deadlines.daysLeft(due, due)).isZero();
    assertThat(Deadlines.daysLeft(due, due.plus(Duration.ofHours(5)))).isZero();
    assertThat(Deadlines.daysLeft(due, due.plus(Duration.ofHours(25)))).isEqualTo(-1);
  }

  @Test
  void theViewShowsDaysLeftAndOverdueOnlyWhileOpen() {
    Clock clock = Clock.fixed(Instant.parse("2026-02-20T12:00:00Z"), ZoneOffset.UTC);
    SubjectRequestEntity request = request(Instant.parse("2026-02-15T09:30:00Z"));

    RequestView open = RequestView.of(request, clock.instant());
    request.moveTo(RequestStatus.COMPLETED.id());
    RequestView closed = RequestView.of(request, clock.instant());

    assertThat(open.daysLeft()).isEqualTo(-5);
    assertThat(open.overdue()).isTrue();
    assertThat(closed.daysLeft()).isNull();
    assertThat(closed.overdue()).isFalse();
  }

  private static SubjectRequestEntity request(Instant due) {
    return new SubjectRequestEntity(
        UUID.randomUUID(),
        "access",
        "pipl",
        RequestStatus.IN_PROGRESS.id(),
        null,
        "",
        null,
        RECEIVED,
        due,
        "officer");
  }
}
