package dev.custos.connectors.config;

import java.util.Arrays;
import java.util.Optional;

/** The format of dropped files. */
public enum FileFormat {
  /** Comma-separated values with a header row naming the columns. */
  CSV("csv"),
  /** JSON Lines: one JSON object per line. */
  JSONL("jsonl");

  private final String id;

  FileFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<FileFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
