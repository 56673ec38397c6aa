package dev.custos.server.erasure;

/**
 * The erasure journal cannot be trusted or written: a line fails its authentication check, cannot
 * be read, or the file cannot be appended to and synced. Stops the start (or the erasure) loudly,
 * because an erasure that cannot be replayed could bring an erased person back after a restore. The
 * message names the file and line, never a value.
 */
public class ErasureJournalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ErasureJournalException(String message) {
    super(message);
  }

  public ErasureJournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
