package dev.custos.policies.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A complete set of retention rules: exactly one rule for every {@link DataCategory}. Complete by
 * construction, so {@link #ruleFor} always has an answer; immutable and thread-safe.
 */
public final class RetentionRules {

  /** The name of the shipped default file, as it appears in error messages. */
  public static final String DEFAULT_FILE = "default-retention.yaml";

  private final RetentionRule[] byCategory;

  private RetentionRules(RetentionRule[] byCategory) {
    this.byCategory = byCategory;
  }

  /**
   * The rules built in code, for tests and embedders.
   *
   * @throws IllegalArgumentException when a category has no rule or more than one
   */
  public static RetentionRules of(Collection<RetentionRule> rules) {
    RetentionRule[] byCategory = new RetentionRule[DataCategory.values().length];
    for (RetentionRule rule : rules) {
      int slot = rule.category().ordinal();
      if (byCategory[slot] != null) {
        throw new IllegalArgumentException("Two rules for " + rule.category());
      }
      byCategory[slot] = rule;
    }
    for (DataCategory category : DataCategory.values()) {
      if (byCategory[category.ordinal()] == null) {
        throw new IllegalArgumentException("No rule for " + category);
      }
    }
    return new RetentionRules(byCategory);
  }

  /** The rules shipped with Custos ({@value #DEFAULT_FILE}), read once. */
  public static RetentionRules defaults() {
    return Defaults.RULES;
  }

  /** Holds the defaults, read when first asked for (the JVM's lazy, thread-safe class init). */
  private static final class Defaults {
    static final RetentionRules RULES = readDefaults();
  }

  private static RetentionRules readDefaults() {
    try (InputStream in = RetentionRules.class.getResourceAsStream(DEFAULT_FILE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_FILE + " is missing from the class path");
      }
      return read(DEFAULT_FILE, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a rule file; error messages name it by its path as given.
   *
   * @throws InvalidRetentionRulesException with every problem found
   * @throws IOException when the file cannot be read
   */
  public static RetentionRules load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    }
  }

  /**
   * Reads rules in YAML from a reader; {@code fileName} names the source in error messages.
   *
   * @throws InvalidRetentionRulesException with every problem found
   */
  public static RetentionRules read(String fileName, Reader yaml) {
    return of(new RetentionRulesReader(fileName).read(yaml));
  }

  /** The rule for a category. */
  public RetentionRule ruleFor(DataCategory category) {
    return byCategory[category.ordinal()];
  }

  /** Every rule, in the order of {@link DataCategory}. */
  public List<RetentionRule> all() {
    return List.of(byCategory);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetentionRules rules && Arrays.equals(byCategory, rules.byCategory);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(byCategory);
  }

  @Override
  public String toString() {
    return "RetentionRules" + Arrays.toString(byCategory);
  }
}
