package dev.custos.connectors.ingest;

import dev.custos.connectors.config.FieldMapping;
import dev.custos.connectors.config.Mapping;
import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.policies.gate.InboundField;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps a source row to inbound fields by the connector's mapping and checks it: source key and
 * version present, required fields given, no value longer than its maximum, only scalar values. All
 * problems of a row are reported together.
 */
final class RowMapper {

  /** The longest source key the stores keep (their column is this wide). */
  static final int MAX_KEY_LENGTH = 255;

  /** The longest source version the stores keep. */
  static final int MAX_VERSION_LENGTH = 128;

  private final Mapping mapping;

  RowMapper(Mapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  MappedRow map(SourceEntry.Row row) {
    List<String> problems = new ArrayList<>();
    Optional<String> key =
        identity(row, mapping.sourceKey(), "sourceKey", MAX_KEY_LENGTH, problems);
    Optional<String> version =
        identity(row, mapping.sourceVersion(), "sourceVersion", MAX_VERSION_LENGTH, problems);
    List<InboundField> fields = new ArrayList<>(mapping.fields().size());
    List<ImportedOptIn> optIns = new ArrayList<>();
    for (FieldMapping field : mapping.fields()) {
      Optional<InboundField> mapped = field(row, field, problems);
      mapped.ifPresent(fields::add);
      if (mapped.isPresent() && field.optIn().isPresent() && mapped.get().value() != null) {
        flag(mapped.get().value())
            .ifPresentOrElse(
                flag -> optIns.add(field.optIn().get().flag(flag)),
                () ->
                    problems.add(
                        "field "
                            + field.field()
                            + " (column "
                            + field.column()
                            + "): not an opt-in flag; expected true/false, yes/no, y/n or 1/0"));
      }
    }
    String sourceKey = key.orElse(row.position());
    String sourceVersion = version.orElse("unknown");
    if (!problems.isEmpty()) {
      return new MappedRow.Rejected(sourceKey, sourceVersion, String.join("; ", problems));
    }
    return new MappedRow.Fields(sourceKey, sourceVersion, fields, List.copyOf(optIns));
  }

  /** An opt-in flag as CRMs export them; empty when the value is not one. */
  static Optional<Boolean> flag(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "y", "1", "t", "是" -> Optional.of(true);
      case "false", "no", "n", "0", "f", "否" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<String> identity(
      SourceEntry.Row row, String column, String setting, int maxLength, List<String> problems) {
    String label = setting + " column " + column;
    int before = problems.size();
    Optional<String> text = text(row, column, label, problems);
    if (text.isEmpty() && problems.size() == before) {
      problems.add(label + ": missing or empty");
    }
    // A key is stored and shown in clear: it must fit its column and print safely.
    if (text.isPresent() && text.get().length() > maxLength) {
      problems.add(label + ": longer than " + maxLength + " characters");
      return Optional.empty();
    }
    if (text.isPresent() && text.get().chars().anyMatch(Character::isISOControl)) {
      problems.add(label + ": holds control characters (such as NUL or a line break)");
      return Optional.empty();
    }
    return text;
  }

  private static Optional<InboundField> field(
      SourceEntry.Row row, FieldMapping field, List<String> problems) {
    String label = "field " + field.field() + " (column " + field.column() + ")";
    int before = problems.size();
    Optional<String> value = text(row, field.column(), label, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (value.isEmpty()) {
      if (field.required()) {
        problems.add(label + ": required but empty");
        return Optional.empty();
      }
      return Optional.of(
          new InboundField(field.field(), field.classification(), field.index(), null));
    }
    if (field.maxLength().isPresent()
        && value.get().codePointCount(0, value.get().length()) > field.maxLength().getAsInt()) {
      problems.add(label + ": longer than its maxLength of " + field.maxLength().getAsInt());
      return Optional.empty();
    }
    return Optional.of(
        new InboundField(field.field(), field.classification(), field.index(), value.get()));
  }

  /** The value of a column as text; empty when absent, null or blank. */
  private static Optional<String> text(
      SourceEntry.Row row, String column, String label, List<String> problems) {
    Object value = row.values().get(column);
    return switch (value) {
      case null -> Optional.empty();
      case String s -> s.isBlank() ? Optional.empty() : Optional.of(s.strip());
      case BigDecimal d -> Optional.of(d.toPlainString());
      case Number n -> Optional.of(n.toString());
      case Boolean b -> Optional.of(b.toString());
      case Character c -> Optional.of(c.toString());
      case Timestamp t -> Optional.of(t.toLocalDateTime().toString());
      case java.sql.Date d -> Optional.of(d.toLocalDate().toString());
      case TemporalAccessor t -> Optional.of(t.toString());
      default -> {
        problems.add(label + ": holds " + kindOf(value) + ", expected a single value");
        yield Optional.empty();
      }
    };
  }

  /** A description of a value's type, never of the value. */
  private static String kindOf(Object value) {
    if (value instanceof java.util.Map<?, ?>) {
      return "an object";
    }
    if (value instanceof java.util.Collection<?>) {
      return "a list";
    }
    if (value instanceof byte[]) {
      return "binary data";
    }
    return "a value of type " + value.getClass().getSimpleName();
  }
}
