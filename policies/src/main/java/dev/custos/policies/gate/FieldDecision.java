package dev.custos.policies.gate;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.purpose.PurposeId;
import java.util.Set;

/**
 * What the gate did with one field and why, for the record's decision log. Reasons name purposes,
 * bases and consent event ids, never values.
 */
public record FieldDecision(
    String field,
    FieldClass classification,
    Outcome outcome,
    Set<PurposeId> purposes,
    String reason) {

  /** The outcomes of a field at the gate. */
  public enum Outcome {
    /** Personal data kept, encrypted under the subject's data key. */
    ENCRYPTED,
    /** Free text kept encrypted; a redacted copy kept (encrypted) for analysis. */
    ENCRYPTED_WITH_REDACTED_COPY,
    /** Operational data kept as it came. */
    KEPT_PLAIN,
    /** No purpose of the collection may use the field for this subject: not kept at all. */
    DROPPED,
    /** The source sent no value. */
    EMPTY
  }
}
