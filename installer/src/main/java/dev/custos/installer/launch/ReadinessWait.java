package dev.custos.installer.launch;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a starting server: asks the probe at each interval until it says ready, and stops
 * waiting at once when the process exits, or when the timeout passes.
 */
public final class ReadinessWait {

  private final ReadinessProbe probe;
  private final Duration interval;
  private final Duration timeout;

  public ReadinessWait(ReadinessProbe probe, Duration interval, Duration timeout) {
    this.probe = probe;
    this.interval = interval;
    this.timeout = timeout;
  }

  /**
   * @param exit completes with the server process's exit code when it exits
   */
  public Readiness await(CompletableFuture<Integer> exit) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (exit.isDone()) {
        return exited(exit);
      }
      if (probe.ready()) {
        return new Readiness.Ready();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return new Readiness.TimedOut(timeout);
      }
      try {
        // Waiting on the exit (not sleeping) notices a dying server at once.
        exit.get(Math.min(left, interval.toNanos()), TimeUnit.NANOSECONDS);
        return exited(exit);
      } catch (TimeoutException e) {
        // The interval passed with the server still running: ask again.
      } catch (ExecutionException e) {
        return exited(exit);
      }
    }
  }

  private static Readiness exited(CompletableFuture<Integer> exit) {
    try {
      return new Readiness.Exited(exit.join());
    } catch (CompletionException | CancellationException e) {
      return new Readiness.Exited(-1);
    }
  }
}
