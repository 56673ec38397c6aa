package dev.custos.connectors.port;

import dev.custos.policies.gate.GatedRecord;
import java.util.List;
import java.util.Optional;

/**
 * Stores gated records. One call is one transaction: the records and the connector's new watermark
 * are committed together or not at all, so a crash at any moment loses nothing and a replay from
 * the old watermark duplicates nothing.
 */
public interface RecordSink {

  /**
   * Stores a batch. A record whose (connector, source key, source version) is already stored is
   * skipped and counted as a duplicate.
   *
   * @param newWatermark the position after this batch; empty leaves the watermark as it is
   */
  BatchOutcome store(
      String connectorId, List<GatedRecord> records, Optional<Watermark> newWatermark);

  /** What a batch did. */
  record BatchOutcome(int stored, int duplicates) {}
}
