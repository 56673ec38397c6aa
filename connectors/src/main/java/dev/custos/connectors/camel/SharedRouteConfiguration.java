package dev.custos.connectors.camel;

import dev.custos.connectors.ingest.SourceRefusedException;
import java.util.Objects;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;

/**
 * Error handling shared by every connector route: a failed run is retried with exponential
 * back-off; once the retries are spent the exchange fails, so a file goes to its failed directory
 * and a poll waits for its next schedule. A source that refuses the request is not retried. Camel's
 * own failure logs are off (they print exchange details and exception causes, which may quote
 * data); {@link SafeExceptionHandler} logs instead.
 */
final class SharedRouteConfiguration extends RouteConfigurationBuilder {

  static final String ID = "custos-connectors";

  private final RetryPolicy retries;

  SharedRouteConfiguration(RetryPolicy retries) {
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  @Override
  public void configuration() {
    // A refused request (bad credentials, a wrong path) fails at once: retrying cannot fix it.
    RouteConfigurationDefinition configuration = routeConfiguration(ID);
    configuration
        .onException(SourceRefusedException.class)
        .maximumRedeliveries(0)
        .logRetryAttempted(false)
        .logExhausted(false)
        .logStackTrace(false)
        .logHandled(false)
        .logContinued(false)
        .handled(false);
    configuration
        .onException(Exception.class)
        .maximumRedeliveries(retries.maximumRedeliveries())
        .redeliveryDelay(retries.initialDelay().toMillis())
        .useExponentialBackOff()
        .backOffMultiplier(retries.multiplier())
        .maximumRedeliveryDelay(retries.maximumDelay().toMillis())
        .logRetryAttempted(false)
        .logExhausted(false)
        .logStackTrace(false)
        .logHandled(false)
        .logContinued(false)
        .handled(false);
  }
}
