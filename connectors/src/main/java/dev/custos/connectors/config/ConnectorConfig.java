package dev.custos.connectors.config;

import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.purpose.PurposeId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One connector, as its file describes it, validated against the active policy pack.
 *
 * @param id kebab-case, unique among connectors; it names the connector in status, audit and
 *     quarantine
 * @param collectedFor the purposes the records are collected for; the privacy gate keeps a field
 *     only for those of them it may serve
 * @param schedule time between polls of a database; how often a directory is scanned for files; how
 *     long a message broker may wait after its queue or topic was found empty
 */
public record ConnectorConfig(
    String id,
    ConnectorKind kind,
    RecordKind recordKind,
    Set<PurposeId> collectedFor,
    Duration schedule,
    SourceSettings source,
    Mapping mapping) {

  /** The longest id: the quarantine subject {@code quarantine-<id>} must stay a valid subject. */
  public static final int MAX_ID_LENGTH = 53;

  public ConnectorConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordKind, "recordKind");
    collectedFor = Set.copyOf(collectedFor);
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mapping, "mapping");
    boolean matches =
        switch (kind) {
          case DATABASE_POLL -> source instanceof SourceSettings.Database;
          case FILE_DROP -> source instanceof SourceSettings.Files;
          case REST_POLL -> source instanceof SourceSettings.Rest;
          case RABBITMQ -> source instanceof SourceSettings.RabbitMq;
          case KAFKA -> source instanceof SourceSettings.Kafka;
        };
    if (!matches) {
      throw new IllegalArgumentException("Connector " + id + " has settings of another kind");
    }
  }
}
