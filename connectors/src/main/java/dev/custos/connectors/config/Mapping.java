package dev.custos.connectors.config;

import java.util.List;
import java.util.Objects;

/**
 * From source columns to record fields.
 *
 * @param sourceKey the column that identifies a row in its source (a CRM id), never personal data
 * @param sourceVersion the column that changes when the row changes (updated-at, a row version);
 *     with the key it makes ingestion idempotent
 */
public record Mapping(String sourceKey, String sourceVersion, List<FieldMapping> fields) {

  public Mapping {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(sourceVersion, "sourceVersion");
    fields = List.copyOf(fields);
  }
}
