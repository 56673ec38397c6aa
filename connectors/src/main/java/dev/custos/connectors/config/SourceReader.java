package dev.custos.connectors.config;

import dev.custos.policies.yaml.YamlMap;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the {@code source} section, whose keys depend on the connector's kind. */
final class SourceReader {

  static final int DEFAULT_PAGE_SIZE = 500;
  static final int MAX_PAGE_SIZE = 10_000;

  /** SQL names only: watermark columns and tables are written into SQL, values never are. */
  private static final Pattern SQL_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> DATABASE_KEYS =
      Set.of("url", "user", "password", "table", "query", "watermarkColumns", "pageSize");
  private static final Set<String> FILE_KEYS =
      Set.of(
          "directory",
          "pattern",
          "format",
          "encoding",
          "doneDirectory",
          "failedDirectory",
          "pageSize",
          "protocol",
          "host",
          "port",
          "user",
          "password",
          "privateKey",
          "knownHostsFile",
          "strictHostKeyChecking");
  private static final Map<String, Charset> ENCODINGS =
      Map.of("UTF-8", Charset.forName("UTF-8"), "GB18030", Charset.forName("GB18030"));

  private SourceReader() {}

  static Set<String> keys(ConnectorKind kind) {
    return switch (kind) {
      case DATABASE_POLL -> DATABASE_KEYS;
      case FILE_DROP -> FILE_KEYS;
      case REST_POLL -> RestSourceReader.KEYS;
      case RABBITMQ -> BrokerSourceReader.RABBITMQ_KEYS;
      case KAFKA -> BrokerSourceReader.KAFKA_KEYS;
    };
  }

  static Optional<SourceSettings> read(ConnectorKind kind, YamlMap source) {
    return switch (kind) {
      case DATABASE_POLL -> database(source).map(SourceSettings.class::cast);
      case FILE_DROP -> files(source).map(SourceSettings.class::cast);
      case REST_POLL -> RestSourceReader.read(source).map(SourceSettings.class::cast);
      case RABBITMQ -> BrokerSourceReader.rabbitMq(source).map(SourceSettings.class::cast);
      case KAFKA -> BrokerSourceReader.kafka(source).map(SourceSettings.class::cast);
    };
  }

  private static Optional<SourceSettings.Database> database(YamlMap source) {
    Optional<String> url = url(source);
    Optional<String> user = source.text("user", "the database user");
    Optional<SecretReference> password = password(source);
    Optional<String> table = source.optionalText("table", "a table name");
    Optional<String> query = source.optionalText("query", "an SQL SELECT");
    if (source.has("table") == source.has("query")) {
      source.problem(source.node(), "table", "give either table or query, not both or neither");
    }
    Optional<List<String>> columns = source.textList("watermarkColumns", "column names");
    checkNames(source, table, columns);
    int pageSize = source.optionalInt("pageSize", MAX_PAGE_SIZE).orElse(DEFAULT_PAGE_SIZE);
    if (url.isEmpty() || user.isEmpty() || password.isEmpty() || columns.isEmpty()) {
      return Optional.empty();
    }
    if (table.isPresent() == query.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceSettings.Database(
            url.get(), user.get(), password.get(), table, query, columns.get(), pageSize));
  }

  private static Optional<String> url(YamlMap source) {
    Optional<String> url = source.text("url", "a JDBC URL such as jdbc:postgresql://host/db");
    url.filter(u -> !u.startsWith("jdbc:"))
        .ifPresent(
            u ->
                source.problem(
                    source.entries().get("url"), "url", "expected a JDBC URL starting with jdbc:"));
    url.filter(u -> u.toLowerCase(java.util.Locale.ROOT).contains("password="))
        .ifPresent(
            u ->
                source.problem(
                    source.entries().get("url"),
                    "url",
                    "a password in the URL is refused; remove it and write password: {file: /path}"
                        + " or password: {env: NAME}"));
    return url;
  }

  /** Table and column names are written into SQL, so only plain names pass. */
  private static void checkNames(
      YamlMap source, Optional<String> table, Optional<List<String>> columns) {
    table
        .filter(t -> !SQL_NAME.matcher(t).matches())
        .ifPresent(
            t ->
                source.problem(
                    source.entries().get("table"),
                    "table",
                    "expected a table name of letters, digits and _ (schema.table allowed)"));
    columns.ifPresent(
        list -> {
          if (list.stream().anyMatch(c -> !SQL_NAME.matcher(c).matches() || c.contains("."))) {
            source.problem(
                source.entries().get("watermarkColumns"),
                "watermarkColumns",
                "expected column names of letters, digits and _");
          }
        });
  }

  private static Optional<SecretReference> password(YamlMap source) {
    return secret(source, "password");
  }

  /** A secret by reference ({@code {file: /path}} or {@code {env: NAME}}); literals are refused. */
  static Optional<SecretReference> secret(YamlMap source, String key) {
    Optional<Node> node = source.required(key, "{file: /path} or {env: NAME}");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof ScalarNode) {
      source.problem(
          node.get(),
          key,
          "a literal "
              + key
              + " is refused; keep it in a file or an environment variable"
              + " and write "
              + key
              + ": {file: /path} or "
              + key
              + ": {env: NAME}");
      return Optional.empty();
    }
    Optional<YamlMap> ref = source.map(key, Set.of("file", "env"));
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    return reference(ref.get());
  }

  private static Optional<SecretReference> reference(YamlMap map) {
    if (map.has("file") == map.has("env")) {
      map.problem(map.node(), "file", "give either file or env");
      return Optional.empty();
    }
    if (map.has("file")) {
      return map.text("file", "an absolute path")
          .map(Path::of)
          .filter(p -> absolute(map, "file", p))
          .map(SecretReference.FromFile::new);
    }
    return map.text("env", "an environment variable name")
        .filter(
            name -> {
              boolean valid = ENV_NAME.matcher(name).matches();
              if (!valid) {
                map.problem(
                    map.entries().get("env"), "env", "expected an environment variable name");
              }
              return valid;
            })
        .map(SecretReference.FromEnv::new);
  }

  private static Optional<SourceSettings.Files> files(YamlMap source) {
    Optional<Path> directory = directory(source, "directory");
    Optional<Pattern> pattern =
        source
            .text("pattern", "a regular expression over file names, such as .*\\.csv")
            .flatMap(text -> regex(source, text));
    Optional<FileFormat> format = format(source);
    Optional<Charset> encoding = encoding(source);
    Optional<Path> done = directory(source, "doneDirectory");
    Optional<Path> failed = directory(source, "failedDirectory");
    int pageSize = source.optionalInt("pageSize", MAX_PAGE_SIZE).orElse(DEFAULT_PAGE_SIZE);
    Optional<Optional<SourceSettings.SftpServer>> sftp = SftpSourceReader.read(source);
    if (sftp.isEmpty()
        || directory.isEmpty()
        || pattern.isEmpty()
        || format.isEmpty()
        || encoding.isEmpty()
        || done.isEmpty()
        || failed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceSettings.Files(
            directory.get(),
            pattern.get(),
            format.get(),
            encoding.get(),
            done.get(),
            failed.get(),
            pageSize,
            sftp.get()));
  }

  private static Optional<FileFormat> format(YamlMap source) {
    return source
        .text("format", "csv or jsonl")
        .flatMap(
            text -> {
              Optional<FileFormat> found = FileFormat.fromId(text);
              if (found.isEmpty()) {
                source.problem(
                    source.entries().get("format"),
                    "format",
                    "unknown format; expected csv or jsonl");
              }
              return found;
            });
  }

  private static Optional<Charset> encoding(YamlMap source) {
    if (!source.has("encoding")) {
      return Optional.of(ENCODINGS.get("UTF-8"));
    }
    return source
        .text("encoding", "UTF-8 or GB18030")
        .flatMap(
            text -> {
              Optional<Charset> charset = Optional.ofNullable(ENCODINGS.get(text));
              if (charset.isEmpty()) {
                source.problem(
                    source.entries().get("encoding"),
                    "encoding",
                    "unknown encoding; expected UTF-8 or GB18030");
              }
              return charset;
            });
  }

  private static Optional<Pattern> regex(YamlMap source, String text) {
    try {
      return Optional.of(Pattern.compile(text));
    } catch (PatternSyntaxException e) {
      source.problem(source.entries().get("pattern"), "pattern", "not a valid regular expression");
      return Optional.empty();
    }
  }

  private static Optional<Path> directory(YamlMap source, String key) {
    return source
        .text(key, "an absolute directory path")
        .map(Path::of)
        .filter(path -> absolute(source, key, path));
  }

  static boolean absolute(YamlMap map, String key, Path path) {
    if (!path.isAbsolute()) {
      map.problem(map.entries().get(key), key, "expected an absolute path");
    }
    return path.isAbsolute();
  }
}
