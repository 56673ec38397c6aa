package dev.custos.server.platform;

import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request budget of each client address on the endpoints that need no token (every
 * {@code @PermitAll} method: sign-in, public keys, and later public survey submission): at most
 * {@code custos.http.public-rate-limit.requests} requests per {@code
 * custos.http.public-rate-limit.window}, refilled evenly over the window (a token bucket, so a
 * burst up to the whole budget is allowed after a quiet spell). Over budget, the request is refused
 * with 429 and {@code Retry-After}. {@code requests=0} turns the limit off. Per server node, in
 * memory; the client address is the TCP peer, so behind a reverse proxy limit there as well.
 */
@ApplicationScoped
public class PublicRateLimit {

  /** Forgetting every address at once bounds memory under a flood of distinct addresses. */
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int requests;
  private final double perNano;

  @Inject
  public PublicRateLimit(
      Clock clock,
      @ConfigProperty(name = "custos.http.public-rate-limit.requests", defaultValue = "120")
          int requests,
      @ConfigProperty(name = "custos.http.public-rate-limit.window", defaultValue = "PT1M")
          Duration window) {
    if (requests < 0) {
      throw new IllegalArgumentException(
          "custos.http.public-rate-limit.requests must be 0 (off) or more, not " + requests);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "custos.http.public-rate-limit.window must be a positive duration, not " + window);
    }
    this.clock = clock;
    this.requests = requests;
    this.perNano = (double) requests / window.toNanos();
  }

  /** For CDI client proxies only. */
  protected PublicRateLimit() {
    this.clock = null;
    this.requests = 0;
    this.perNano = 0;
  }

  /** Takes one request from this address's budget, or refuses it with 429. */
  public void acquire(String address) {
    if (requests == 0) {
      return;
    }
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(requests, clock.instant()));
    long waitSeconds;
    synchronized (bucket) {
      Instant now = clock.instant();
      long elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos());
      bucket.available = Math.min(requests, bucket.available + elapsed * perNano);
      bucket.updated = now;
      if (bucket.available >= 1) {
        bucket.available -= 1;
        return;
      }
      waitSeconds = (long) Math.ceil((1 - bucket.available) / perNano / 1e9);
    }
    throw ProblemException.tooManyRequests("too-many-requests", Math.max(1, waitSeconds));
  }

  /** Requests still available to an address, and when that was last worked out. */
  private static final class Bucket {
    private double available;
    private Instant updated;

    Bucket(double available, Instant updated) {
      this.available = available;
      this.updated = updated;
    }
  }
}
