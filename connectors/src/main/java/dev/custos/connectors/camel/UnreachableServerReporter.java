package dev.custos.connectors.camel;

import dev.custos.connectors.run.ConnectorJob;
import java.util.Objects;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;

/**
 * Puts a failed poll of an SFTP directory (the server down, a login refused) in the connector's
 * status, where no run would otherwise record it; Camel's own handling still drops the broken
 * connection so the next poll connects again.
 */
final class UnreachableServerReporter extends RemoteFilePollingConsumerPollStrategy {

  private final ConnectorJob job;

  UnreachableServerReporter(ConnectorJob job) {
    this.job = Objects.requireNonNull(job, "job");
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause)
      throws Exception {
    job.sourceUnavailable(
        "could not poll its SFTP directory (" + cause.getClass().getSimpleName() + ")");
    return super.rollback(consumer, endpoint, retryCounter, cause);
  }
}
