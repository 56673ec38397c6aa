package dev.custos.connectors.testing;

import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.gate.GatedRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sink in front of {@link FakeRecordSink} that can fail the way a process dying at the worst
 * moment does: after its transaction committed, before the source heard of it; or that runs an
 * action (stopping the source) in the middle of a run.
 */
public final class InterruptingSink implements RecordSink {

  private final Fakes fakes;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger crashesLeft = new AtomicInteger();
  private volatile int actionAt = -1;
  private volatile Runnable action = () -> {};

  public InterruptingSink(Fakes fakes) {
    this.fakes = fakes;
  }

  /** The ports of the fakes, with this sink in front of theirs. */
  public ConnectorPorts ports() {
    ConnectorPorts ports = fakes.ports;
    return new ConnectorPorts(
        this, ports.watermarks(), ports.resolver(), ports.consent(), ports.quarantine());
  }

  /** The next {@code count} calls store their records, then fail as if the process died. */
  public void crashAfterCommit(int count) {
    crashesLeft.set(count);
  }

  /** Runs {@code action} once the {@code call}-th call (from 1) has stored its records. */
  public void after(int call, Runnable action) {
    this.action = action;
    this.actionAt = call;
  }

  @Override
  public BatchOutcome store(
      String connectorId, List<GatedRecord> records, Optional<Watermark> newWatermark) {
    BatchOutcome outcome = fakes.sink.store(connectorId, records, newWatermark);
    if (calls.incrementAndGet() == actionAt) {
      action.run();
    }
    if (crashesLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("the process died after the commit");
    }
    return outcome;
  }
}
