package dev.custos.connectors.ingest;

/**
 * The source refused the connector's request (HTTP 4xx other than 429: bad credentials, a wrong
 * path): retrying cannot help until an administrator fixes the settings, so the run fails at once
 * and the next scheduled run tries again.
 */
public final class SourceRefusedException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  public SourceRefusedException(String message) {
    super(message);
  }
}
