package dev.custos.connectors.camel;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorKind;
import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.SourceUnavailableException;
import dev.custos.connectors.run.ConnectorJob;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of one connector: thin wiring from a trigger to its {@link ConnectorJob}, under the
 * shared route configuration. A database or REST poll is a timer feeding a direct endpoint (which
 * run-now also calls); a file drop is a file or sftp consumer that moves each file to done or
 * failed. A broker connector is polled the same way: each run takes what waits in its queue or
 * topic, so retries, back-off and status are those of the other kinds.
 */
final class ConnectorRoutes extends RouteBuilder {

  private final ConnectorConfig config;
  private final ConnectorJob job;
  private final Map<String, String> environment;
  private final boolean autoStartup;

  /**
   * @param autoStartup false for a connector an administrator stopped: its routes are added but
   *     wait for a start
   */
  ConnectorRoutes(
      ConnectorConfig config,
      ConnectorJob job,
      Map<String, String> environment,
      boolean autoStartup) {
    this.config = Objects.requireNonNull(config, "config");
    this.job = Objects.requireNonNull(job, "job");
    this.environment = Map.copyOf(environment);
    this.autoStartup = autoStartup;
  }

  /** The id of the route that a stop and a start act on: its trigger (timer or file consumer). */
  static String triggerRouteId(ConnectorConfig config) {
    return config.kind() == ConnectorKind.FILE_DROP
        ? routeId(config.id())
        : routeId(config.id()) + "-timer";
  }

  static String routeId(String connectorId) {
    return "connector-" + connectorId;
  }

  static String runEndpoint(String connectorId) {
    return "direct:connector-" + connectorId;
  }

  @Override
  public void configure() {
    switch (config.source()) {
      case SourceSettings.Database database -> poll(exchange -> job.pollDatabase());
      case SourceSettings.Files files when files.sftp().isPresent() -> sftpDrop(files);
      case SourceSettings.Files files -> fileDrop(files);
      case SourceSettings.Rest rest -> poll(ConnectorRoutes.honouringRetryAfter(job::pollRest));
      case SourceSettings.RabbitMq rabbit -> poll(exchange -> job.drainBroker());
      case SourceSettings.Kafka kafka -> poll(exchange -> job.drainBroker());
    }
  }

  /**
   * A poll is a timer feeding a direct endpoint, which run-now also calls; the route's error
   * handling retries a failed run.
   */
  private void poll(Processor run) {
    from("timer:connector-"
            + config.id()
            + "?delay=0&period="
            + config.schedule().toMillis()
            + "&exceptionHandler=#"
            + SafeExceptionHandler.BEAN)
        .routeId(routeId(config.id()) + "-timer")
        .routeConfigurationId(SharedRouteConfiguration.ID)
        .autoStartup(autoStartup)
        .to(runEndpoint(config.id()));
    from(runEndpoint(config.id()))
        .routeId(routeId(config.id()))
        .routeConfigurationId(SharedRouteConfiguration.ID)
        .process(run);
  }

  private void fileDrop(SourceSettings.Files files) {
    // The run time in front of the name keeps a re-dropped file from overwriting an earlier one.
    String moved = "${date:now:yyyyMMddHHmmssSSS}-${file:onlyname}";
    from("file:"
            + files.directory()
            + "?include=RAW("
            + files.pattern().pattern()
            + ")&charset="
            + files.encoding().name()
            + "&move=RAW("
            + files.doneDirectory().resolve(moved)
            + ")&moveFailed=RAW("
            + files.failedDirectory().resolve(moved)
            + ")&initialDelay=0&delay="
            + config.schedule().toMillis()
            + "&readLock=changed&readLockMinAge=1000&readLockCheckInterval=250"
            + "&exceptionHandler=#"
            + SafeExceptionHandler.BEAN
            + "&onCompletionExceptionHandler=#"
            + SafeExceptionHandler.BEAN)
        .routeId(routeId(config.id()))
        .routeConfigurationId(SharedRouteConfiguration.ID)
        .autoStartup(autoStartup)
        .process(exchange -> job.ingestFile(Path.of(filePath(exchange))));
  }

  /**
   * Runs a poll; when the source said how long to wait (HTTP Retry-After), the next redelivery
   * waits that long instead of the back-off's delay.
   */
  private static Processor honouringRetryAfter(Runnable poll) {
    return exchange -> {
      exchange.getIn().removeHeader(Exchange.REDELIVERY_DELAY);
      try {
        poll.run();
      } catch (SourceUnavailableException e) {
        e.retryAfter()
            .ifPresent(
                delay -> exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, delay.toMillis()));
        throw e;
      }
    };
  }

  /** An SFTP drop: files are fetched as byte streams, decoded by the connector's reader. */
  private void sftpDrop(SourceSettings.Files files) {
    from(SftpEndpoints.endpoint(getContext(), config, files, environment, job))
        .routeId(routeId(config.id()))
        .routeConfigurationId(SharedRouteConfiguration.ID)
        .autoStartup(autoStartup)
        .process(
            exchange ->
                job.ingestStream(
                    exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                    exchange.getIn().getBody(InputStream.class)));
  }

  private static String filePath(Exchange exchange) {
    return exchange.getIn().getHeader(Exchange.FILE_PATH, String.class);
  }
}
