package dev.custos.connectors.source;

import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.port.Watermark;
import java.util.List;
import java.util.Optional;

/** Takes one page read from a source; the ingestion pipeline is the one in production. */
@FunctionalInterface
public interface PageConsumer {

  /**
   * @param newWatermark the position after the page (empty for files, whose position is the file)
   */
  void accept(List<SourceEntry> page, Optional<Watermark> newWatermark);
}
