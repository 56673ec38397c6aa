package dev.custos.installer.launch;

import java.nio.file.Path;

/** Where the server's console output goes. */
public sealed interface ServerOutput {

  /** To this process's own standard output and error. */
  record Console() implements ServerOutput {}

  /**
   * Standard output and error together into a file, replaced at each start.
   *
   * @param file the log file; its directory is created if needed
   */
  record LogFile(Path file) implements ServerOutput {}
}
