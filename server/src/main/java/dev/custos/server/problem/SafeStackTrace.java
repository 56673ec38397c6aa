package dev.custos.server.problem;

/**
 * Renders a throwable's chain as types and frames only. Exception messages are left out because
 * drivers and frameworks put offending values in them (for example a duplicate key's value).
 */
public final class SafeStackTrace {

  private static final int FRAMES_PER_CAUSE = 12;

  private SafeStackTrace() {}

  public static String of(Throwable throwable) {
    StringBuilder out = new StringBuilder();
    Throwable current = throwable;
    for (int depth = 0; current != null && depth < 10; depth++) {
      out.append(depth == 0 ? "" : "\nCaused by: ").append(current.getClass().getName());
      StackTraceElement[] frames = current.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, FRAMES_PER_CAUSE); i++) {
        out.append("\n\tat ").append(frames[i]);
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return out.toString();
  }
}
