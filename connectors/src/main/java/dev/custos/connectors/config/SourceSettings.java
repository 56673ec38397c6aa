package dev.custos.connectors.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a connector reads from; one kind of settings per {@link ConnectorKind}. */
public sealed interface SourceSettings {

  /** Rows per page (database) or per batch (files): one sink transaction each. */
  int pageSize();

  /**
   * A database read with plain JDBC. Either {@code table} or {@code query} is set; a query is
   * wrapped as a derived table, so both are paged the same way: ordered by the watermark columns
   * and read after the last committed watermark.
   */
  record Database(
      String url,
      String user,
      SecretReference password,
      Optional<String> table,
      Optional<String> query,
      List<String> watermarkColumns,
      int pageSize)
      implements SourceSettings {
    public Database {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(query, "query");
      watermarkColumns = List.copyOf(watermarkColumns);
      if (table.isPresent() == query.isPresent()) {
        throw new IllegalArgumentException("A database source has either a table or a query");
      }
      if (watermarkColumns.isEmpty()) {
        throw new IllegalArgumentException("A database source has watermark columns");
      }
    }

    @Override
    public String toString() {
      return "Database[" + table.orElse("(query)") + ", watermark=" + watermarkColumns + "]";
    }
  }

  /** Files dropped in a directory, moved to {@code done} or {@code failed} once read. */
  record Files(
      Path directory,
      Pattern pattern,
      FileFormat format,
      Charset encoding,
      Path doneDirectory,
      Path failedDirectory,
      int pageSize)
      implements SourceSettings {
    public Files {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(doneDirectory, "doneDirectory");
      Objects.requireNonNull(failedDirectory, "failedDirectory");
    }
  }
}
