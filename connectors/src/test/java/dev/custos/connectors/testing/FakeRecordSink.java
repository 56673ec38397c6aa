package dev.custos.connectors.testing;

import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.gate.GatedRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sink in memory that, like the real one, stores records and the watermark together or not at
 * all, and skips a (source key, version) it already holds. It counts how often each was sent, and
 * can be told to fail its next calls.
 */
public final class FakeRecordSink implements RecordSink {

  private final FakeWatermarkStore watermarks;
  private final ConcurrentMap<String, GatedRecord> stored = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AtomicInteger> sent = new ConcurrentHashMap<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  public FakeRecordSink(FakeWatermarkStore watermarks) {
    this.watermarks = watermarks;
  }

  /** The next {@code count} calls fail as a lost database connection would. */
  public void failNext(int count) {
    failuresLeft.set(count);
  }

  @Override
  public synchronized BatchOutcome store(
      String connectorId, List<GatedRecord> records, Optional<Watermark> newWatermark) {
    calls.incrementAndGet();
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("sink unavailable");
    }
    int added = 0;
    for (GatedRecord record : records) {
      String key = record.sourceKey() + "@" + record.sourceVersion();
      sent.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      if (stored.putIfAbsent(key, record) == null) {
        added++;
      }
    }
    newWatermark.ifPresent(w -> watermarks.commit(connectorId, w));
    return new BatchOutcome(added, records.size() - added);
  }

  /** Stored records by {@code sourceKey@sourceVersion}. */
  public Map<String, GatedRecord> stored() {
    return Map.copyOf(stored);
  }

  public int size() {
    return stored.size();
  }

  /** How many records were sent more than once (after a successful call). */
  public long sentTwice() {
    return sent.values().stream().filter(n -> n.get() > 1).count();
  }

  public int calls() {
    return calls.get();
  }
}
