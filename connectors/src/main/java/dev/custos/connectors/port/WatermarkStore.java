package dev.custos.connectors.port;

import java.util.Optional;

/** Where a connector's committed position is kept; it moves only with {@link RecordSink#store}. */
public interface WatermarkStore {

  /** The last watermark committed for the connector, or empty before its first batch. */
  Optional<Watermark> current(String connectorId);
}
