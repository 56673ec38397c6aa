package dev.custos.installer.demo;

import java.util.Optional;

/** Hears how loading goes, for progress and warnings. Every method does nothing by default. */
public interface LoadListener {

  /** Before the first response batch is sent. */
  default void loadingResponses(int total, int batches) {}

  /** After each response batch; {@code sent} counts the responses sent so far. */
  default void batchSent(int batch, int batches, int sent) {}

  /**
   * The server rejected {@code count} responses of a batch; loading goes on.
   *
   * @param first the first rejected response and why, when the server said
   */
  default void responsesRejected(int batch, int count, Optional<RejectedResponse> first) {}
}
