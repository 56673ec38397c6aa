package dev.custos.connectors.ingest;

import dev.custos.connectors.port.ConsentSource;
import dev.custos.connectors.port.PageTransaction;
import dev.custos.connectors.port.Quarantine;
import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.SubjectResolver;
import dev.custos.connectors.port.WatermarkStore;
import java.util.Objects;

/**
 * The server's side of the connectors, as ports; the server passes its implementations.
 *
 * @param pages the transaction around each page; {@link PageTransaction#NONE} lets every port call
 *     commit on its own
 */
public record ConnectorPorts(
    RecordSink sink,
    WatermarkStore watermarks,
    SubjectResolver resolver,
    ConsentSource consent,
    Quarantine quarantine,
    PageTransaction pages) {

  public ConnectorPorts {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(watermarks, "watermarks");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(pages, "pages");
  }

  /** Ports without a transaction around each page. */
  public ConnectorPorts(
      RecordSink sink,
      WatermarkStore watermarks,
      SubjectResolver resolver,
      ConsentSource consent,
      Quarantine quarantine) {
    this(sink, watermarks, resolver, consent, quarantine, PageTransaction.NONE);
  }
}
