package dev.custos.installer.launch;

import java.time.Duration;

/** How waiting for a starting server ended. */
public sealed interface Readiness {

  /** The server said it is ready. */
  record Ready() implements Readiness {}

  /**
   * The server process ended before it was ready.
   *
   * @param exitCode the process's exit code
   */
  record Exited(int exitCode) implements Readiness {}

  /**
   * The server was not ready in time; it is still running.
   *
   * @param waited how long was waited
   */
  record TimedOut(Duration waited) implements Readiness {}
}
