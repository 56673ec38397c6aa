package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessWaitTest {

  private static final Duration INTERVAL = Duration.ofMillis(1);
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final AtomicInteger probes = new AtomicInteger();

  @Test
  void endsWhenTheProbeSaysReady() throws InterruptedException {
    ReadinessWait wait = new ReadinessWait(() -> probes.incrementAndGet() == 3, INTERVAL, TIMEOUT);

    assertThat(wait.await(exit)).isEqualTo(new Readiness.Ready());
    assertThat(probes).hasValue(3);
  }

  @Test
  void aServerThatHasExitedIsNotProbed() throws InterruptedException {
    exit.complete(1);
    ReadinessWait wait = new ReadinessWait(() -> probes.incrementAndGet() > 0, INTERVAL, TIMEOUT);

    assertThat(wait.await(exit)).isEqualTo(new Readiness.Exited(1));
    assertThat(probes).hasValue(0);
  }

  @Test
  void anExitWhileWaitingEndsTheWaitAtOnce() throws InterruptedException {
    ReadinessProbe dyingServer =
        () -> {
          exit.complete(137);
          return false;
        };
    ReadinessWait wait = new ReadinessWait(dyingServer, Duration.ofHours(1), TIMEOUT);

    assertThat(wait.await(exit)).isEqualTo(new Readiness.Exited(137));
  }

  @Test
  void givesUpAfterTheTimeout() throws InterruptedException {
    Duration timeout = Duration.ofMillis(20);
    ReadinessWait wait = new ReadinessWait(() -> false, INTERVAL, timeout);

    assertThat(wait.await(exit)).isEqualTo(new Readiness.TimedOut(timeout));
  }
}
