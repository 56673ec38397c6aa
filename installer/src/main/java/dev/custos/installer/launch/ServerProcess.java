package dev.custos.installer.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A running server: a Payara Micro child process. It is stopped when this JVM shuts down (Ctrl-C or
 * a signal), so that no server is left behind.
 */
public final class ServerProcess {

  /** How long the server may take to shut down cleanly before it is killed. */
  private static final long STOP_GRACE_SECONDS = 30;

  private final Process process;

  private ServerProcess(Process process) {
    this.process = process;
  }

  /** Starts the server and registers a shutdown hook that stops it. */
  public static ServerProcess start(ServerSettings settings, ServerOutput output) {
    ProcessBuilder builder = new ProcessBuilder(settings.commandLine());
    try {
      Files.createDirectories(settings.dataDir());
      deleteRecursively(settings.payaraRootDir());
      switch (output) {
        case ServerOutput.Console() -> builder.inheritIO();
        case ServerOutput.LogFile(var file) -> {
          Files.createDirectories(file.toAbsolutePath().getParent());
          builder.redirectErrorStream(true).redirectOutput(file.toFile());
        }
      }
    } catch (IOException e) {
      throw new LaunchException("Cannot create " + e.getMessage() + ": check permissions.", e);
    }
    ServerProcess server;
    try {
      server = new ServerProcess(builder.start());
    } catch (IOException e) {
      throw new LaunchException(
          "Cannot run " + settings.javaExecutable() + ": " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "custos-server-stop"));
    return server;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Completes with the exit code when the server exits. */
  public CompletableFuture<Integer> exitCode() {
    return process.onExit().thenApply(Process::exitValue);
  }

  /** Waits for the server to exit and returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Asks the server to shut down, waits a while, then kills it. Does nothing once it exited. */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
