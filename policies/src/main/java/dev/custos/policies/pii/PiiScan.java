package dev.custos.policies.pii;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of scanning one text: the findings, in text order and never overlapping, and the text
 * with each finding replaced by its kind's placeholder. The original text is not kept, so that a
 * result can be handed on without carrying the personal data it found.
 */
public record PiiScan(List<PiiSpan> spans, String redacted) {

  public PiiScan {
    spans = List.copyOf(spans);
    Objects.requireNonNull(redacted, "redacted");
  }

  /** Whether nothing was found. */
  public boolean isClean() {
    return spans.isEmpty();
  }

  /** The kinds found. */
  public Set<PiiKind> kinds() {
    Set<PiiKind> kinds = EnumSet.noneOf(PiiKind.class);
    spans.forEach(span -> kinds.add(span.kind()));
    return kinds;
  }
}
