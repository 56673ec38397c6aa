package dev.custos.installer.api;

/**
 * A call to the server failed. The message is meant for the user: for a problem-details answer it
 * is {@code title: detail}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param message what went wrong, for the user
   * @param status the HTTP status, or 0 when the server could not be reached
   */
  public ApiException(String message, int status) {
    super(message);
    this.status = status;
  }

  public ApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status the server answered with, or 0 when it could not be reached. */
  public int status() {
    return status;
  }
}
