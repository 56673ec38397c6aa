package dev.custos.server.ingest.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A kept field of a gated record. Personal fields have only envelopes (and the blind index when one
 * was asked); operational fields have the plain value.
 */
@Embeddable
public class FieldRow {

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "field_class", nullable = false, length = 16)
  private String fieldClass;

  @Column(name = "envelope")
  private byte[] envelope;

  @Column(name = "redacted_envelope")
  private byte[] redactedEnvelope;

  @Column(name = "plain_value", length = 4000)
  private String plainValue;

  @Column(name = "blind_index", length = 64)
  private String blindIndex;

  @Column(name = "purposes", nullable = false, length = 1000)
  private String purposes;

  @Column(name = "pii_found", length = 200)
  private String piiFound;

  protected FieldRow() {}

  FieldRow(
      String name,
      String fieldClass,
      byte[] envelope,
      byte[] redactedEnvelope,
      String plainValue,
      String blindIndex,
      String purposes,
      String piiFound) {
    this.name = name;
    this.fieldClass = fieldClass;
    this.envelope = envelope;
    this.redactedEnvelope = redactedEnvelope;
    this.plainValue = plainValue;
    this.blindIndex = blindIndex;
    this.purposes = purposes;
    this.piiFound = piiFound;
  }

  String name() {
    return name;
  }

  /** The columns of {@code gated_field} after the record id, in the order they are inserted. */
  Object[] columns() {
    return new Object[] {
      name, fieldClass, envelope, redactedEnvelope, plainValue, blindIndex, purposes, piiFound
    };
  }
}
