package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a master key rotation stands: the old master key version being moved off, and the last
 * subject already handled under it. Small and plain, so a caller can persist it and resume after a
 * restart.
 *
 * @param kekVersion the master key version whose data keys are being re-wrapped
 * @param after the last subject handled; empty at the start of that version
 */
public record RotationCursor(int kekVersion, Optional<SubjectId> after) {

  public RotationCursor {
    if (kekVersion < 1) {
      throw new IllegalArgumentException("A master key version is 1 or more");
    }
    Objects.requireNonNull(after, "after");
  }

  /** The start of a version's data keys. */
  public static RotationCursor startOf(int kekVersion) {
    return new RotationCursor(kekVersion, Optional.empty());
  }
}
