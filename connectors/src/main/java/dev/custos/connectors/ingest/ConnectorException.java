package dev.custos.connectors.ingest;

/**
 * A connector run that failed, with a message naming the connector and the step but never data. The
 * cause is kept for a debugger; it is never logged, since its message may quote values. Subclasses
 * tell the route how to retry: {@link SourceUnavailableException} later, {@link
 * SourceRefusedException} not at all.
 */
public class ConnectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }

  public ConnectorException(String message) {
    super(message);
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
