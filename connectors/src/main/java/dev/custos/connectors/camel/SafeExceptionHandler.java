package dev.custos.connectors.camel;

import dev.custos.connectors.ingest.SafeMessages;
import java.lang.System.Logger.Level;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/**
 * Logs a failed exchange of a connector route by the route's id and a data-free message, in place
 * of Camel's default, which logs exchange details and stack traces whose causes may quote values.
 */
final class SafeExceptionHandler implements ExceptionHandler {

  static final String BEAN = "custosSafeExceptionHandler";

  private static final System.Logger LOG = System.getLogger(SafeExceptionHandler.class.getName());

  @Override
  public void handleException(Throwable exception) {
    handleException("Connector run failed", null, exception);
  }

  @Override
  public void handleException(String message, Throwable exception) {
    handleException(message, null, exception);
  }

  @Override
  public void handleException(String message, Exchange exchange, Throwable exception) {
    String route = exchange == null ? "(no exchange)" : String.valueOf(exchange.getFromRouteId());
    String safe = exception == null ? "no exception" : SafeMessages.of(exception);
    LOG.log(Level.WARNING, () -> "Route " + route + ": " + safe);
  }
}
