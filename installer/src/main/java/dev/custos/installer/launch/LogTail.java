package dev.custos.installer.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Reads the end of a log file, to show why a server died. */
public final class LogTail {

  private LogTail() {}

  /** The last {@code count} lines of the file; none if it does not exist. */
  public static List<String> lastLines(Path file, int count) {
    if (count <= 0) {
      return List.of();
    }
    Deque<String> lines = new ArrayDeque<>(count);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (lines.size() == count) {
          lines.removeFirst();
        }
        lines.addLast(line);
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new LaunchException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return List.copyOf(lines);
  }
}
