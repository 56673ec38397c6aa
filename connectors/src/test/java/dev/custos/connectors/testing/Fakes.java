package dev.custos.connectors.testing;

import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.policies.consent.ConsentView;

/** One set of fakes of every port, wired together as the server's implementations are. */
public final class Fakes {

  public final FakeWatermarkStore watermarks;
  public final FakeRecordSink sink;
  public final FakeSubjectResolver resolver = new FakeSubjectResolver();
  public final FakeQuarantine quarantine = new FakeQuarantine();
  public final ConnectorPorts ports;

  public Fakes() {
    this(new FakeWatermarkStore());
  }

  /** Fakes over an existing watermark store, as after a restart of the server. */
  public Fakes(FakeWatermarkStore watermarks) {
    this.watermarks = watermarks;
    this.sink = new FakeRecordSink(watermarks);
    this.ports =
        new ConnectorPorts(
            sink,
            watermarks,
            resolver,
            subject -> ConsentView.empty(PrivacyFixture.GDPR),
            quarantine);
  }
}
