package dev.custos.connectors.source;

import dev.custos.connectors.ingest.SourceEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Takes a broker's messages in, batch by batch, until the queue or topic is empty: each batch goes
 * through the pipeline (one sink transaction) and is acknowledged only after that returned, so a
 * failure or crash in between leaves the batch with the broker for redelivery. Malformed messages
 * are quarantined by the pipeline and acknowledged with their batch, so they are not redelivered
 * forever. The connection is kept between runs and replaced after a failure.
 */
public final class BrokerDrain implements AutoCloseable {

  private final int batchSize;
  private final Duration wait;
  private final Supplier<BrokerClient> opener;
  private BrokerClient client;

  /**
   * @param wait how long a fetch waits for the first message before the run ends
   * @param opener connects to the broker; throws a {@code SourceUnavailableException} if it cannot
   */
  public BrokerDrain(int batchSize, Duration wait, Supplier<BrokerClient> opener) {
    this.batchSize = batchSize;
    this.wait = Objects.requireNonNull(wait, "wait");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** Drains the source; a failure closes the connection and propagates for the route to retry. */
  public synchronized void run(PageConsumer pages) {
    try {
      if (client == null) {
        client = opener.get();
      }
      List<BrokerMessage> batch = client.fetch(batchSize, wait);
      while (!batch.isEmpty()) {
        List<SourceEntry> entries = new ArrayList<>(batch.size());
        for (BrokerMessage message : batch) {
          entries.add(MessageEntries.entry(message));
        }
        pages.accept(entries, Optional.empty());
        client.acknowledge(batch);
        batch = client.fetch(batchSize, wait);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
