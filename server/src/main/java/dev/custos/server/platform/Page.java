package dev.custos.server.platform;

import dev.custos.server.problem.Violations;
import java.util.List;

/**
 * One page of a listing, with the total the caller may see. Listings take {@code offset} (from 0)
 * and {@code limit} (1 to {@value #MAX_LIMIT}); {@link #checkBounds} reports others.
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  public static final int MAX_LIMIT = 500;

  /** Adds a problem for an offset below 0 or a limit outside 1 to {@value #MAX_LIMIT}. */
  public static void checkBounds(Violations violations, int offset, int limit) {
    if (offset < 0) {
      violations.add("offset", "min", 0);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      violations.add("limit", "range", 1, MAX_LIMIT);
    }
  }
}
