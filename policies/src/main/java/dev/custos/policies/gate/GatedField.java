package dev.custos.policies.gate;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.pii.PiiKind;
import dev.custos.policies.purpose.PurposeId;
import java.util.Optional;
import java.util.Set;

/**
 * A field that passed the gate, in the form it may be stored: personal fields only as envelopes of
 * {@code FieldCipher} bound to (record kind, field name, subject). {@code purposes} are those the
 * field may serve at the time of gating; each later use checks consent again.
 */
public sealed interface GatedField {

  String name();

  FieldClass classification();

  Set<PurposeId> purposes();

  /**
   * An identifier, contact or sensitive field: encrypted, with its blind index if one was asked.
   */
  record Encrypted(
      String name,
      FieldClass classification,
      Set<PurposeId> purposes,
      byte[] envelope,
      Optional<String> blindIndex)
      implements GatedField {
    @Override
    public String toString() {
      return "Encrypted[" + name + ", " + classification.id() + "]";
    }
  }

  /**
   * Free text: the original encrypted, and a redacted copy (personal data found by the scanner
   * replaced by placeholders), also encrypted, present only when a purpose allows analysis.
   */
  record FreeText(
      String name,
      Set<PurposeId> purposes,
      byte[] envelope,
      Optional<byte[]> redactedEnvelope,
      Set<PiiKind> found)
      implements GatedField {
    @Override
    public FieldClass classification() {
      return FieldClass.FREE_TEXT;
    }

    @Override
    public String toString() {
      return "FreeText[" + name + ", found=" + found + "]";
    }
  }

  /** An operational field (scores, codes, timestamps of the interaction): kept as it came. */
  record Plain(String name, Set<PurposeId> purposes, String value) implements GatedField {
    @Override
    public FieldClass classification() {
      return FieldClass.OPERATIONAL;
    }
  }
}
