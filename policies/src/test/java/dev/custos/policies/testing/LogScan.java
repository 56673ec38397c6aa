package dev.custos.policies.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Searches log files for what must never be logged: planted personal data (canaries), secrets the
 * tests used (passwords, the signature part of every bearer token they received), and anything
 * shaped like a JSON Web Token. A finding names the file, the line and the kind of leak, never the
 * leaked value, so that the build output does not repeat the leak.
 */
public final class LogScan {

  /** A base64url JSON header, a dot and a base64url payload: a JWS or JWE in compact form. */
  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

  /** Shorter needles would match by chance. */
  static final int MIN_SECRET_LENGTH = 8;

  private final List<String> canaries;
  private final Set<String> secrets;

  /**
   * @param canaries planted personal data, as the tests sent it
   * @param secrets passwords and token signatures; values shorter than {@value #MIN_SECRET_LENGTH}
   *     characters are ignored
   */
  public LogScan(Collection<String> canaries, Collection<String> secrets) {
    this.canaries = List.copyOf(canaries);
    this.secrets =
        Set.copyOf(secrets.stream().filter(s -> s.length() >= MIN_SECRET_LENGTH).toList());
  }

  /** Where a log holds something it must not; {@code what} never contains the value itself. */
  public record Finding(Path file, int line, String what) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + what;
    }
  }

  /** Findings of every file, in file and line order; missing files have none. */
  public List<Finding> scan(Collection<Path> files) {
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        findings.addAll(scan(file));
      }
    }
    return findings;
  }

  private List<Finding> scan(Path file) {
    List<Finding> findings = new ArrayList<>();
    List<String> lines;
    try {
      // Lenient decoding: a log cut off in a multi-byte character is still scanned.
      lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the log " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int c = 0; c < canaries.size(); c++) {
        if (line.contains(canaries.get(c))) {
          findings.add(new Finding(file, i + 1, "planted personal data (canary #" + (c + 1) + ")"));
        }
      }
      if (secrets.stream().anyMatch(line::contains)) {
        findings.add(new Finding(file, i + 1, "a password or token signature used by the tests"));
      }
      if (JWT.matcher(line).find()) {
        findings.add(new Finding(file, i + 1, "text shaped like a JSON Web Token"));
      }
    }
    return findings;
  }
}
