package dev.custos.installer.audit;

/** The trail or its key could not be read; the message tells the user what to check. */
public class AuditReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditReadException(String message, Throwable cause) {
    super(message, cause);
  }

  public AuditReadException(String message) {
    super(message);
  }
}
