package dev.custos.installer.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The demo's months: {@value #MONTHS} month-long windows ending at a given instant, numbered 0
 * (oldest) to {@value #MONTHS} - 1 (the month up to the end). Spreads responses so that recent
 * months are busier and people answer mostly on weekdays during office hours.
 */
final class DemoCalendar {

  static final int MONTHS = 18;

  /** The newest month gets this many times the responses of the oldest. */
  private static final double RECENT_MONTH_BOOST = 1.5;

  private final ZonedDateTime end;

  DemoCalendar(Instant end) {
    this.end = end.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
  }

  /** All the months together. */
  TimeWindow span() {
    return new TimeWindow(month(0).start(), end.toInstant());
  }

  TimeWindow month(int index) {
    if (index < 0 || index >= MONTHS) {
      throw new IllegalArgumentException("month index out of range: " + index);
    }
    return new TimeWindow(
        end.minusMonths(MONTHS - index).toInstant(),
        end.minusMonths(MONTHS - index - 1L).toInstant());
  }

  /** How many of {@code total} responses fall in each month, recent months slightly more. */
  int[] allocate(int total) {
    double[] weights = new double[MONTHS];
    double sum = 0;
    for (int m = 0; m < MONTHS; m++) {
      weights[m] = 1 + (RECENT_MONTH_BOOST - 1) * m / (MONTHS - 1);
      sum += weights[m];
    }
    int[] counts = new int[MONTHS];
    int allocated = 0;
    for (int m = 0; m < MONTHS; m++) {
      counts[m] = (int) Math.floor(total * weights[m] / sum);
      allocated += counts[m];
    }
    for (int m = MONTHS - 1; allocated < total; m = m == 0 ? MONTHS - 1 : m - 1) {
      counts[m]++;
      allocated++;
    }
    return counts;
  }

  /** A whole-second instant in the month, weighted to weekdays and office hours in the zone. */
  Instant sample(int monthIndex, ZoneId zone, RandomGenerator random) {
    TimeWindow window = month(monthIndex);
    long seconds = window.end().getEpochSecond() - window.start().getEpochSecond();
    while (true) {
      Instant candidate = window.start().plusSeconds(random.nextLong(seconds));
      ZonedDateTime local = candidate.atZone(zone);
      if (random.nextDouble() < dayWeight(local.getDayOfWeek()) * hourWeight(local.getHour())) {
        return candidate;
      }
    }
  }

  private static double dayWeight(DayOfWeek day) {
    return switch (day) {
      case SATURDAY -> 0.3;
      case SUNDAY -> 0.2;
      default -> 1.0;
    };
  }

  private static double hourWeight(int hour) {
    return hour >= 8 && hour < 20 ? 1.0 : 0.15;
  }
}
