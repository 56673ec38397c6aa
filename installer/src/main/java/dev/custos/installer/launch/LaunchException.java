package dev.custos.installer.launch;

/** The server cannot be started as asked; the message says what to do about it. */
public final class LaunchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LaunchException(String message) {
    super(message);
  }

  public LaunchException(String message, Throwable cause) {
    super(message, cause);
  }
}
