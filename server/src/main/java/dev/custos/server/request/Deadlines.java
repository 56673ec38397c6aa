package dev.custos.server.request;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The legal deadline of a request.
 *
 * <ul>
 *   <li>GDPR Art. 12(3): one month from receipt, extendable once by two further months where
 *       requests are complex or numerous (the person must be told why within the first month).
 *       Months are calendar months in UTC: received 31 January, due 28 (or 29) February.
 *   <li>PIPL Art. 50 asks for a timely answer and sets no number of days; the setting {@value
 *       #PIPL_DAYS} holds the organisation's reading: 15 days by default, a common reading in
 *       Chinese practice; set it to what the privacy notice promises. It cannot be extended.
 * </ul>
 */
public final class Deadlines {

  /** Days a PIPL request has, counted from receipt. */
  public static final String PIPL_DAYS = "custos.requests.pipl-deadline-days";

  private static final long DAY = Duration.ofDays(1).toSeconds();

  private final int piplDays;

  /**
   * @param piplDays {@value #PIPL_DAYS}: 1 to 365
   */
  public Deadlines(int piplDays) {
    if (piplDays < 1 || piplDays > 365) {
      throw new IllegalArgumentException(PIPL_DAYS + " must be a number of days from 1 to 365");
    }
    this.piplDays = piplDays;
  }

  /** When a request received at {@code receivedAt} must be answered. */
  public Instant due(Jurisdiction jurisdiction, Instant receivedAt, boolean extended) {
    return switch (jurisdiction) {
      case GDPR -> receivedAt.atOffset(ZoneOffset.UTC).plusMonths(extended ? 3 : 1).toInstant();
      case PIPL -> receivedAt.plus(Duration.ofDays(piplDays));
    };
  }

  /** Whether the deadline of this jurisdiction may be extended. */
  public static boolean extendable(Jurisdiction jurisdiction) {
    return jurisdiction == Jurisdiction.GDPR;
  }

  /**
   * Whole days left until {@code due}, rounded up: 1 on the last day, 0 or less once it has passed
   * (-1 a day after it).
   */
  public static long daysLeft(Instant due, Instant now) {
    return Math.ceilDiv(Duration.between(now, due).toSeconds(), DAY);
  }

  public int piplDays() {
    return piplDays;
  }
}
