package dev.custos.connectors.config;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one field of a record is taken from a source column.
 *
 * @param index the blind index to compute, which identity resolution and suppression match on
 * @param required a row without a value here is quarantined
 * @param maxLength a longer value quarantines the row (a sign of a wrong column or a bad export)
 * @param optIn when the column is an opt-in flag for a purpose: the purpose and the notice the
 *     source showed; each row then appends consent events with method {@code import}
 */
public record FieldMapping(
    String field,
    String column,
    FieldClass classification,
    Optional<IndexKind> index,
    boolean required,
    OptionalInt maxLength,
    Optional<OptInSetting> optIn) {

  /** A field that is not an opt-in flag. */
  public FieldMapping(
      String field,
      String column,
      FieldClass classification,
      Optional<IndexKind> index,
      boolean required,
      OptionalInt maxLength) {
    this(field, column, classification, index, required, maxLength, Optional.empty());
  }

  public FieldMapping {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(optIn, "optIn");
  }
}
