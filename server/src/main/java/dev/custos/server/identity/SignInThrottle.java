package dev.custos.server.identity;

import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code custos.identity.sign-in.max-failures} failed sign-ins for
 * one user name from one address within {@code custos.identity.sign-in.window}, further attempts of
 * that pair are refused with 429 and {@code Retry-After} until the oldest failure leaves the
 * window. Keyed by address and name together, so a guesser cannot lock a user out from elsewhere.
 * Successful sign-ins are never limited. Per server node, in memory.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;

  @Inject
  public SignInThrottle(
      Clock clock,
      @ConfigProperty(name = "custos.identity.sign-in.max-failures", defaultValue = "5")
          int maxFailures,
      @ConfigProperty(name = "custos.identity.sign-in.window", defaultValue = "PT15M")
          Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** For CDI client proxies only. */
  protected SignInThrottle() {
    this.clock = null;
    this.maxFailures = 0;
    this.window = null;
  }

  /** Refuses the attempt with 429 when this pair has failed too often lately. */
  public void check(String address, String userName) {
    Deque<Instant> recent = failures.get(key(address, userName));
    if (recent == null) {
      return;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      prune(recent, now);
      if (recent.size() >= maxFailures) {
        long wait = Duration.between(now, recent.peekFirst().plus(window)).toSeconds() + 1;
        throw ProblemException.tooManyRequests("too-many-sign-ins", wait);
      }
    }
  }

  public void failed(String address, String userName) {
    if (failures.size() > MAX_TRACKED) {
      failures.clear();
    }
    Deque<Instant> recent =
        failures.computeIfAbsent(key(address, userName), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, clock.instant());
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String address, String userName) {
    failures.remove(key(address, userName));
  }

  private void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
      recent.removeFirst();
    }
  }

  private static String key(String address, String userName) {
    return address + "\u0000" + userName;
  }
}
