package dev.custos.connectors.config;

import java.util.Objects;

/**
 * One thing wrong with a connector file, located by line (counted from one) and field path (for
 * example {@code mapping.fields.email.class}). Messages name settings and expected values; they
 * quote nothing from the file except ids and names, so a mistyped secret never reaches a log.
 */
public record ConfigProblem(String file, int line, String field, String message) {

  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}
