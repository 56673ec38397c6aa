package dev.custos.server.ingest.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a record's decision log: what the gate did with a field, and why. */
@Embeddable
public class DecisionRow {

  @Column(name = "field", nullable = false, length = 128)
  private String field;

  @Column(name = "field_class", nullable = false, length = 16)
  private String fieldClass;

  @Column(name = "outcome", nullable = false, length = 32)
  private String outcome;

  @Column(name = "purposes", nullable = false, length = 1000)
  private String purposes;

  @Column(name = "reason", nullable = false, length = 4000)
  private String reason;

  protected DecisionRow() {}

  DecisionRow(String field, String fieldClass, String outcome, String purposes, String reason) {
    this.field = field;
    this.fieldClass = fieldClass;
    this.outcome = outcome;
    this.purposes = purposes;
    this.reason = reason;
  }

  /** The columns of {@code gate_decision} after the record id, in the order they are inserted. */
  Object[] columns() {
    return new Object[] {field, fieldClass, outcome, purposes, reason};
  }
}
