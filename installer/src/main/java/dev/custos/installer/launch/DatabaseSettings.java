package dev.custos.installer.launch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the server keeps its data. Each part is null when not given; the server then uses its
 * default, an embedded H2 database in the data directory.
 *
 * @param url the JDBC URL, such as {@code jdbc:postgresql://db:5432/custos}
 * @param user the database user
 * @param passwordFile a file holding the database password, so that it is not on a command line
 */
public record DatabaseSettings(String url, String user, Path passwordFile) {

  /** The server's embedded default database. */
  public static final DatabaseSettings EMBEDDED = new DatabaseSettings(null, null, null);

  /** The server's {@code custos.db.*} system properties for the parts that are given. */
  Map<String, String> systemProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    if (url != null) {
      properties.put("custos.db.url", url);
    }
    if (user != null) {
      properties.put("custos.db.user", user);
    }
    if (passwordFile != null) {
      properties.put("custos.db.password-file", passwordFile.toAbsolutePath().toString());
    }
    return properties;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + url
        + ", user="
        + user
        + ", passwordFile="
        + passwordFile
        + "]";
  }
}
