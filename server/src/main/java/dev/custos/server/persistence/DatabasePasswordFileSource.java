package dev.custos.server.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads {@code custos.db.password} from the file named by {@code custos.db.password-file}, so that
 * the database password need not sit in a command line or an environment variable. It overrides the
 * built-in default but not a password given explicitly as a system property or variable.
 */
public class DatabasePasswordFileSource implements ConfigSource {

  static final String FILE_KEY = "custos.db.password-file";
  static final String KEY = "custos.db.password";

  @Override
  public Set<String> getPropertyNames() {
    return passwordFile() == null ? Set.of() : Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    Path file = passwordFile();
    return KEY.equals(propertyName) && file != null ? read(file) : null;
  }

  @Override
  public Map<String, String> getProperties() {
    Path file = passwordFile();
    return file == null ? Map.of() : Map.of(KEY, read(file));
  }

  @Override
  public String getName() {
    return "custos-database-password-file";
  }

  /** Above microprofile-config.properties (100), below environment (300) and system (400). */
  @Override
  public int getOrdinal() {
    return 150;
  }

  private static Path passwordFile() {
    String value = System.getProperty(FILE_KEY);
    if (value == null) {
      value = System.getenv("CUSTOS_DB_PASSWORD_FILE");
    }
    return value == null || value.isBlank() ? null : Path.of(value);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the database password from " + file + " (custos.db.password-file)", e);
    }
  }
}
