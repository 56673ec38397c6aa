package dev.custos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.server.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final PublicRateLimit limit = new PublicRateLimit(clock, 3, Duration.ofMinutes(1));

  @Test
  void anAddressGetsItsBudgetThenA429WithTheWaitForTheNextRequest() {
    for (int i = 0; i < 3; i++) {
      limit.acquire("192.0.2.1");
    }

    assertThatThrownBy(() -> limit.acquire("192.0.2.1"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.code()).isEqualTo("too-many-requests");
              assertThat(e.retryAfterSeconds()).isEqualTo(20);
            });
  }

  @Test
  void otherAddressesKeepTheirOwnBudget() {
    for (int i = 0; i < 3; i++) {
      limit.acquire("192.0.2.1");
    }

    limit.acquire("192.0.2.2");
    assertThatThrownBy(() -> limit.acquire("192.0.2.1")).isInstanceOf(ProblemException.class);
  }

  @Test
  void theBudgetRefillsEvenlyOverTheWindow() {
    for (int i = 0; i < 3; i++) {
      limit.acquire("192.0.2.1");
    }

    clock.advance(Duration.ofSeconds(20));
    limit.acquire("192.0.2.1");
    assertThatThrownBy(() -> limit.acquire("192.0.2.1")).isInstanceOf(ProblemException.class);
    clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 3; i++) {
      limit.acquire("192.0.2.1");
    }
    assertThatThrownBy(() -> limit.acquire("192.0.2.1")).isInstanceOf(ProblemException.class);
  }

  @Test
  void zeroRequestsTurnsTheLimitOff() {
    PublicRateLimit off = new PublicRateLimit(clock, 0, Duration.ofMinutes(1));

    for (int i = 0; i < 1000; i++) {
      off.acquire("192.0.2.1");
    }
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> new PublicRateLimit(clock, -1, Duration.ofMinutes(1)))
        .hasMessageContaining("custos.http.public-rate-limit.requests");
    assertThatThrownBy(() -> new PublicRateLimit(clock, 5, Duration.ZERO))
        .hasMessageContaining("custos.http.public-rate-limit.window");
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
