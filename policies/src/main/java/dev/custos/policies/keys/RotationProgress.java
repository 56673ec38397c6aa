package dev.custos.policies.keys;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rotation step did, and where to go on.
 *
 * @param examined data keys looked at
 * @param rewrapped data keys moved to the active master key; fewer than examined when another node
 *     re-wrapped or shredded a key first
 * @param next where to resume; empty when no data key is left on an older version
 */
public record RotationProgress(long examined, long rewrapped, Optional<RotationCursor> next) {

  public RotationProgress {
    Objects.requireNonNull(next, "next");
  }

  /** True when every data key is on the active master key. */
  public boolean finished() {
    return next.isEmpty();
  }

  RotationProgress plus(RotationProgress later) {
    return new RotationProgress(examined + later.examined, rewrapped + later.rewrapped, later.next);
  }
}
