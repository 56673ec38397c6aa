package dev.custos.server.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts a page of gated records with one JDBC batch per table. Hibernate inserts element
 * collections record by record, alternating between the three collection tables, which ends its
 * batch at each switch: about three round trips per record. Here a page costs four batches.
 */
final class RecordBatchWriter {

  private static final String RECORD =
      "insert into gated_record (id, connector_id, source, source_key, source_version, kind,"
          + " subject_id, collected_at, gated_at, pack) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIELD =
      "insert into gated_field (record_id, name, field_class, envelope, redacted_envelope,"
          + " plain_value, blind_index, purposes, pii_found) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String DECISION =
      "insert into gate_decision (record_id, field, field_class, outcome, purposes, reason)"
          + " values (?, ?, ?, ?, ?, ?)";
  private static final String STAMP =
      "insert into retention_stamp (record_id, category, counts_from, deadline)"
          + " values (?, ?, ?, ?)";

  private RecordBatchWriter() {}

  /** Inserts the records, then their fields, decisions and stamps (the children need a parent). */
  static void insert(Connection c, List<GatedRecordEntity> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(RECORD)) {
      for (GatedRecordEntity record : records) {
        bind(insert, 1, record.columns());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    children(c, FIELD, records, GatedRecordEntity::fields, FieldRow::columns);
    children(c, DECISION, records, GatedRecordEntity::decisions, DecisionRow::columns);
    children(c, STAMP, records, GatedRecordEntity::stamps, StampRow::columns);
  }

  private static <T> void children(
      Connection c,
      String sql,
      List<GatedRecordEntity> records,
      Function<GatedRecordEntity, List<T>> rows,
      Function<T, Object[]> columns)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      boolean any = false;
      for (GatedRecordEntity record : records) {
        for (T row : rows.apply(record)) {
          insert.setObject(1, record.id());
          bind(insert, 2, columns.apply(row));
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement insert, int first, Object[] values)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      int index = first + i;
      switch (value) {
        case null -> insert.setNull(index, Types.NULL);
        case Instant instant ->
            insert.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        case byte[] bytes -> insert.setBytes(index, bytes);
        default -> insert.setObject(index, value);
      }
    }
  }
}
