package dev.custos.connectors.testing;

import dev.custos.connectors.port.Watermark;
import dev.custos.connectors.port.WatermarkStore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Watermarks in memory; only {@link FakeRecordSink} moves them, as the real sink does. */
public final class FakeWatermarkStore implements WatermarkStore {

  private final ConcurrentMap<String, Watermark> current = new ConcurrentHashMap<>();

  @Override
  public Optional<Watermark> current(String connectorId) {
    return Optional.ofNullable(current.get(connectorId));
  }

  void commit(String connectorId, Watermark watermark) {
    current.put(connectorId, watermark);
  }
}
