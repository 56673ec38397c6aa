package dev.custos.installer.launch;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code java} that runs this process, so the server runs on the same Java. */
public final class JavaRuntime {

  private JavaRuntime() {}

  public static Path currentJava() {
    return ProcessHandle.current()
        .info()
        .command()
        .map(Path::of)
        .filter(Files::isExecutable)
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
  }
}
