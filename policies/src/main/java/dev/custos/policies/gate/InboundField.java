package dev.custos.policies.gate;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import java.util.Objects;
import java.util.Optional;

/**
 * One named field of an inbound record, classified by the connector's mapping. {@code index} asks
 * for a blind index of the value (for identity resolution and suppression). The value may be
 * personal data: {@link #toString()} never shows it.
 */
public record InboundField(
    String name, FieldClass classification, Optional<IndexKind> index, String value) {

  public InboundField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(index, "index");
  }

  public static InboundField of(String name, FieldClass classification, String value) {
    return new InboundField(name, classification, Optional.empty(), value);
  }

  public static InboundField indexed(
      String name, FieldClass classification, IndexKind index, String value) {
    return new InboundField(name, classification, Optional.of(index), value);
  }

  boolean isEmpty() {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    return "InboundField[" + name + ", " + classification.id() + ", ***]";
  }
}
