package dev.custos.server.ingest.store;

import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.server.persistence.KeyListQuery;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Stores gated records and moves the watermark in the caller's transaction, so both commit or
 * neither does. A page of records is inserted with one JDBC batch per table. Duplicates are found
 * with one query per batch; the unique key on (connector, source key, source version) is the last
 * line against a concurrent writer, whose failure rolls the whole batch back for a replay.
 */
public final class JpaRecordSink implements RecordSink {

  private final EntityManager em;
  private final JpaWatermarkStore watermarks;

  public JpaRecordSink(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.watermarks = new JpaWatermarkStore(em, clock);
  }

  @Override
  public BatchOutcome store(
      String connectorId, List<GatedRecord> records, Optional<Watermark> newWatermark) {
    Objects.requireNonNull(connectorId, "connectorId");
    Set<SourceVersion> seen = stored(connectorId, records);
    List<GatedRecordEntity> fresh = new ArrayList<>(records.size());
    for (GatedRecord record : records) {
      if (seen.add(SourceVersion.of(record))) {
        fresh.add(GatedRecordRows.toEntity(connectorId, record));
      }
    }
    // Written with JDBC, not persisted: the rows are never read back in this transaction, and
    // Hibernate would insert their collections a few rows per round trip.
    em.flush();
    em.unwrap(Session.class).doWork(c -> RecordBatchWriter.insert(c, fresh));
    newWatermark.ifPresent(w -> watermarks.move(connectorId, w));
    // Constraint violations surface here, inside store, not later at an unrelated commit.
    em.flush();
    return new BatchOutcome(fresh.size(), records.size() - fresh.size());
  }

  /** The (source key, version) pairs of the batch that the connector already stored. */
  private Set<SourceVersion> stored(String connectorId, List<GatedRecord> records) {
    Set<SourceVersion> found = new HashSet<>();
    List<String> keys = records.stream().map(GatedRecord::sourceKey).distinct().toList();
    // By source key alone (gated_record_source_key), the connector filtered here.
    KeyListQuery.select(
            em,
            "select r.connector_id, r.source_key, r.source_version from "
                + KeyListQuery.KEYS
                + " join gated_record r on r.source_key = wanted.k",
            keys,
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})
        .stream()
        .filter(row -> connectorId.equals(row[0]))
        .forEach(row -> found.add(new SourceVersion(row[1], row[2])));
    return found;
  }

  private record SourceVersion(String key, String version) {
    static SourceVersion of(GatedRecord record) {
      return new SourceVersion(record.sourceKey(), record.sourceVersion());
    }
  }
}
