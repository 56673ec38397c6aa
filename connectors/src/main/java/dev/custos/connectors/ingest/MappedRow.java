package dev.custos.connectors.ingest;

import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.policies.gate.InboundField;
import java.util.List;

/** The outcome of mapping a row: its fields, or why it must be quarantined. */
sealed interface MappedRow {

  String sourceKey();

  String sourceVersion();

  /**
   * @param optIns the row's opt-in flags, for fields the mapping declares as flags
   */
  record Fields(
      String sourceKey, String sourceVersion, List<InboundField> fields, List<ImportedOptIn> optIns)
      implements MappedRow {}

  /**
   * @param reason names fields, columns and the rule broken; never a value
   */
  record Rejected(String sourceKey, String sourceVersion, String reason) implements MappedRow {}
}
