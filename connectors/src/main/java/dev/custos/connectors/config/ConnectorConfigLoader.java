package dev.custos.connectors.config;

import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads connector files ({@code *.yaml}, one connector each) and checks them against the active
 * policy pack. Throws {@link InvalidConnectorConfigException} listing every problem found.
 */
public final class ConnectorConfigLoader {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> TOP_KEYS =
      Set.of("id", "kind", "recordKind", "collectedFor", "schedule", "source", "mapping");
  private static final Set<RecordKind> RECORD_KINDS =
      Set.of(RecordKind.CONTACT, RecordKind.INTERACTION, RecordKind.FEEDBACK);
  private static final Duration SHORTEST_SCHEDULE = Duration.ofSeconds(1);

  private final PolicyPack pack;

  /**
   * @param pack the active policy pack; every purpose of {@code collectedFor} must be one of its
   */
  public ConnectorConfigLoader(PolicyPack pack) {
    this.pack = Objects.requireNonNull(pack, "pack");
  }

  /** Every {@code *.yaml} file of a directory, in name order; problems of all files together. */
  public List<ConnectorConfig> loadDirectory(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the connector directory " + directory, e);
    }
    List<ConnectorConfig> configs = new ArrayList<>();
    List<ConfigProblem> problems = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Path file : files) {
      try {
        ConnectorConfig config = load(file);
        if (!ids.add(config.id())) {
          problems.add(new ConfigProblem(file.toString(), 1, "id", "another file has this id"));
        }
        configs.add(config);
      } catch (InvalidConnectorConfigException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConnectorConfigException(problems);
    }
    return configs;
  }

  /** One connector file. */
  public ConnectorConfig load(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the connector file " + file, e);
    }
  }

  /**
   * One connector from text.
   *
   * @param file the name problems are reported under
   */
  public ConnectorConfig parse(String file, String yaml) {
    YamlProblems problems = new YamlProblems(file, new ConnectorWording());
    Optional<Node> root = compose(file, yaml, problems);
    Optional<ConnectorConfig> config = root.flatMap(node -> read(node, problems));
    if (!problems.isEmpty() || config.isEmpty()) {
      throw new InvalidConnectorConfigException(
          problems.byLine().stream()
              .map(p -> new ConfigProblem(p.file(), p.line(), p.field(), p.message()))
              .toList());
    }
    return config.get();
  }

  private static Optional<Node> compose(String file, String yaml, YamlProblems problems) {
    try {
      Optional<Node> node =
          new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml);
      if (node.isEmpty()) {
        problems.add(1, "(file)", "the file is empty");
      }
      return node;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      problems.add(line, "(file)", "not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(1, "(file)", "not valid YAML");
      return Optional.empty();
    }
  }

  private Optional<ConnectorConfig> read(Node node, YamlProblems problems) {
    Optional<YamlMap> top = YamlMap.read(node, "", TOP_KEYS, problems);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = top.get();
    Optional<String> id = id(map);
    Optional<ConnectorKind> kind = kind(map);
    Optional<RecordKind> recordKind = recordKind(map);
    Optional<Set<PurposeId>> purposes = purposes(map);
    Optional<Duration> schedule = schedule(map);
    Optional<SourceSettings> source =
        kind.flatMap(
            k -> map.map("source", SourceReader.keys(k)).flatMap(s -> SourceReader.read(k, s)));
    if (kind.isEmpty() && map.has("source")) {
      map.problem(map.entries().get("source"), "source", "cannot be checked without a valid kind");
    }
    Optional<Mapping> mapping =
        map.map("mapping", MappingReader.KEYS)
            .flatMap(MappingReader::read)
            .filter(m -> optInPurposesKnown(map, m));
    if (id.isEmpty()
        || kind.isEmpty()
        || recordKind.isEmpty()
        || purposes.isEmpty()
        || schedule.isEmpty()
        || source.isEmpty()
        || mapping.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ConnectorConfig(
            id.get(),
            kind.get(),
            recordKind.get(),
            purposes.get(),
            schedule.get(),
            source.get(),
            mapping.get()));
  }

  /** Every opt-in flag names a purpose of the pack, or the problem says which and what exists. */
  private boolean optInPurposesKnown(YamlMap map, Mapping mapping) {
    boolean known = true;
    for (FieldMapping field : mapping.fields()) {
      if (field.optIn().isPresent() && pack.purpose(field.optIn().get().purpose()).isEmpty()) {
        map.problem(
            map.entries().get("mapping"),
            "mapping.fields." + field.field() + ".optIn.purpose",
            "unknown purpose "
                + field.optIn().get().purpose()
                + "; "
                + pack.reference()
                + " defines "
                + String.join(
                    ", ", pack.purposes().keySet().stream().map(PurposeId::toString).toList()));
        known = false;
      }
    }
    return known;
  }

  private static Optional<String> id(YamlMap map) {
    return map.text("id", "a kebab-case id")
        .filter(
            id -> {
              boolean valid =
                  KEBAB.matcher(id).matches() && id.length() <= ConnectorConfig.MAX_ID_LENGTH;
              if (!valid) {
                map.problem(
                    map.entries().get("id"),
                    "id",
                    "expected a kebab-case id of at most "
                        + ConnectorConfig.MAX_ID_LENGTH
                        + " characters, such as crm-contacts");
              }
              return valid;
            });
  }

  private static Optional<ConnectorKind> kind(YamlMap map) {
    String expected = "one of " + ConnectorKind.allIds();
    return map.text("kind", expected)
        .flatMap(
            text -> {
              Optional<ConnectorKind> kind = ConnectorKind.fromId(text);
              if (kind.isEmpty()) {
                map.problem(
                    map.entries().get("kind"), "kind", "unknown kind; expected " + expected);
              }
              return kind;
            });
  }

  private static Optional<RecordKind> recordKind(YamlMap map) {
    String expected = "one of contact, interaction, feedback";
    return map.text("recordKind", expected)
        .flatMap(
            text -> {
              Optional<RecordKind> kind =
                  RECORD_KINDS.stream().filter(k -> k.id().equals(text)).findFirst();
              if (kind.isEmpty()) {
                map.problem(
                    map.entries().get("recordKind"),
                    "recordKind",
                    "unknown record kind; expected " + expected);
              }
              return kind;
            });
  }

  private Optional<Set<PurposeId>> purposes(YamlMap map) {
    Optional<List<String>> ids = map.textList("collectedFor", "purpose ids of " + pack.reference());
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Set<PurposeId> purposes = new LinkedHashSet<>();
    for (String text : ids.get()) {
      if (PurposeId.isValid(text) && pack.purpose(PurposeId.of(text)).isPresent()) {
        purposes.add(PurposeId.of(text));
      } else {
        map.problem(
            map.entries().get("collectedFor"),
            "collectedFor",
            "unknown purpose "
                + printable(text)
                + "; "
                + pack.reference()
                + " defines "
                + String.join(
                    ", ", pack.purposes().keySet().stream().map(PurposeId::toString).toList()));
      }
    }
    return purposes.size() == ids.get().size() ? Optional.of(purposes) : Optional.empty();
  }

  private static Optional<Duration> schedule(YamlMap map) {
    String expected = "an ISO-8601 duration such as PT1M";
    return map.text("schedule", expected)
        .flatMap(
            text -> {
              try {
                Duration duration = Duration.parse(text);
                if (duration.compareTo(SHORTEST_SCHEDULE) >= 0) {
                  return Optional.of(duration);
                }
              } catch (DateTimeParseException e) {
                // Reported below with what is expected.
              }
              map.problem(
                  map.entries().get("schedule"),
                  "schedule",
                  "expected " + expected + " of at least PT1S");
              return Optional.empty();
            });
  }

  /** A purpose id is quoted only when it looks like one, so a pasted secret is never echoed. */
  private static String printable(String text) {
    return PurposeId.isValid(text) ? text : "(not a kebab-case id)";
  }
}
