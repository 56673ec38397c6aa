package dev.custos.connectors.ingest;

/**
 * Turns failures into messages that may be logged and shown. Messages of Custos's own exceptions
 * are written never to hold data; any other exception (a JDBC driver's, a parser's) may quote a
 * value (PostgreSQL's "Key (email)=(…) already exists"), so only its type is kept.
 */
public final class SafeMessages {

  private SafeMessages() {}

  public static String of(Throwable failure) {
    if (failure instanceof ConnectorException) {
      return failure.getMessage();
    }
    return failure.getClass().getName() + " (message withheld: it may hold data)";
  }
}
