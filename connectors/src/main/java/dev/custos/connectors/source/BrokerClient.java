package dev.custos.connectors.source;

import java.time.Duration;
import java.util.List;

/**
 * A connection to a message broker, seen as batches of messages that stay unacknowledged until
 * their records are committed. One client serves one connector and is used by one run at a time;
 * once it has failed it is closed and a new one is opened.
 */
public interface BrokerClient extends AutoCloseable {

  /**
   * Takes the next messages.
   *
   * @param max at most this many
   * @param wait how long to wait for the first one
   * @return the messages in broker order; empty when none came within {@code wait}
   * @throws dev.custos.connectors.ingest.SourceUnavailableException if the broker cannot be reached
   */
  List<BrokerMessage> fetch(int max, Duration wait);

  /**
   * Acknowledges a batch returned by the last {@link #fetch}: its records are committed. Until this
   * call the broker redelivers the messages to the next consumer after a crash.
   */
  void acknowledge(List<BrokerMessage> batch);

  /** Closes the connection; unacknowledged messages go back to the broker. Never throws. */
  @Override
  void close();
}
