package dev.custos.connectors.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.port.RecordSink.BatchOutcome;
import dev.custos.connectors.port.SubjectResolver.Resolution;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.subject.SubjectId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes one page of a connector's source in: maps and checks each row, resolves its subject from
 * blind indexes, passes it through the privacy gate and stores the page with its new watermark in
 * one sink call, all inside the ports' page transaction. Bad rows go to quarantine, sealed; rows of
 * erased people are skipped. A failure propagates: the watermark has not moved, so the page is read
 * again; the data keys cached for the page's subjects are forgotten, since the transaction that
 * created them may have rolled back. Thread-safe.
 */
public final class IngestPipeline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConnectorConfig config;
  private final PrivacyServices privacy;
  private final ConnectorPorts ports;
  private final Clock clock;
  private final RowMapper mapper;
  private final SubjectId quarantineSubject;

  public IngestPipeline(
      ConnectorConfig config, PrivacyServices privacy, ConnectorPorts ports, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.privacy = Objects.requireNonNull(privacy, "privacy");
    this.ports = Objects.requireNonNull(ports, "ports");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.mapper = new RowMapper(config.mapping());
    this.quarantineSubject = quarantineSubject(config.id());
  }

  /**
   * The subject whose data key seals this connector's quarantined rows: destroying that key erases
   * the whole quarantine of the connector at once.
   */
  public static SubjectId quarantineSubject(String connectorId) {
    return new SubjectId("quarantine-" + connectorId);
  }

  /**
   * Ingests one page.
   *
   * @param newWatermark the position after the page, committed with its records
   * @return what the page did
   */
  public RunCounts ingest(List<? extends SourceEntry> page, Optional<Watermark> newWatermark) {
    List<SubjectId> subjects = new ArrayList<>(page.size() + 1);
    // The quarantine's key may be created in the page's transaction too.
    subjects.add(quarantineSubject);
    try {
      return ports.pages().inOne(() -> ingest(page, newWatermark, subjects));
    } catch (RuntimeException e) {
      subjects.forEach(privacy.cipher()::forgetKey);
      throw e;
    }
  }

  private RunCounts ingest(
      List<? extends SourceEntry> page,
      Optional<Watermark> newWatermark,
      List<SubjectId> subjects) {
    Instant now = clock.instant();
    List<MappedRow> mapped = new ArrayList<>(page.size());
    int quarantined = 0;
    for (SourceEntry entry : page) {
      switch (entry) {
        case SourceEntry.Malformed bad -> {
          hold(bad.position(), "unreadable", bad.problem(), seal(bad.text()), now);
          quarantined++;
        }
        case SourceEntry.Row row -> {
          MappedRow one = mapper.map(row);
          if (one instanceof MappedRow.Rejected rejected) {
            hold(rejected.sourceKey(), rejected.sourceVersion(), rejected.reason(), seal(row), now);
            quarantined++;
          } else {
            mapped.add(one);
          }
        }
      }
    }
    List<Map<IndexKind, String>> indexes = new ArrayList<>(mapped.size());
    for (MappedRow row : mapped) {
      indexes.add(blindIndexes(((MappedRow.Fields) row).fields()));
    }
    List<Resolution> resolutions =
        indexes.isEmpty() ? List.of() : ports.resolver().resolveAll(config.id(), indexes);
    List<GatedRecord> gated = new ArrayList<>(mapped.size());
    int suppressed = 0;
    List<SubjectId> resolved = new ArrayList<>(mapped.size());
    for (Resolution resolution : resolutions) {
      switch (resolution) {
        case Resolution.Suppressed s -> suppressed++;
        case Resolution.Matched m -> resolved.add(m.subject());
        case Resolution.Created c -> resolved.add(c.subject());
      }
    }
    // Recorded before the page's data keys are created, for forgetting them on a failure.
    subjects.addAll(resolved);
    privacy.cipher().prepareKeys(resolved);
    for (int i = 0; i < mapped.size(); i++) {
      Optional<SubjectId> subject =
          switch (resolutions.get(i)) {
            case Resolution.Suppressed s -> Optional.empty();
            case Resolution.Matched m -> Optional.of(m.subject());
            case Resolution.Created c -> Optional.of(c.subject());
          };
      if (subject.isPresent()) {
        MappedRow.Fields row = (MappedRow.Fields) mapped.get(i);
        gated.add(gate(row, row.fields(), subject.get(), now));
      }
    }
    BatchOutcome stored = new BatchOutcome(0, 0);
    if (!gated.isEmpty() || newWatermark.isPresent()) {
      stored = ports.sink().store(config.id(), gated, newWatermark);
    }
    return new RunCounts(
        page.size(), stored.stored(), stored.duplicates(), quarantined, suppressed);
  }

  private GatedRecord gate(
      MappedRow mapped, List<InboundField> fields, SubjectId subject, Instant now) {
    InboundRecord record =
        new InboundRecord(
            config.id(),
            mapped.sourceKey(),
            mapped.sourceVersion(),
            config.recordKind(),
            subject,
            now,
            config.collectedFor(),
            fields);
    return privacy.gate().pass(record, ports.consent().forSubject(subject));
  }

  /** The blind index of each indexed field that holds a valid value of its kind. */
  private Map<IndexKind, String> blindIndexes(List<InboundField> fields) {
    Map<IndexKind, String> indexes = new EnumMap<>(IndexKind.class);
    for (InboundField field : fields) {
      if (field.index().isEmpty() || field.value() == null) {
        continue;
      }
      IndexKind kind = field.index().get();
      Optional<String> digest =
          switch (kind) {
            case EMAIL -> privacy.indexer().email(field.value());
            case PHONE -> privacy.indexer().phone(field.value());
            case CN_RESIDENT_ID -> privacy.indexer().chineseResidentId(field.value());
          };
      digest.ifPresent(d -> indexes.putIfAbsent(kind, d));
    }
    return indexes;
  }

  private void hold(
      String sourceKey, String sourceVersion, String reason, byte[] sealed, Instant at) {
    ports
        .quarantine()
        .hold(new QuarantinedRow(config.id(), sourceKey, sourceVersion, reason, at, sealed));
  }

  private byte[] seal(SourceEntry.Row row) {
    Map<String, String> values = new LinkedHashMap<>();
    row.values()
        .forEach(
            (column, value) -> values.put(column, value == null ? null : String.valueOf(value)));
    try {
      return seal(JSON.writeValueAsString(values));
    } catch (JsonProcessingException e) {
      throw new ConnectorException(
          "Connector " + config.id() + " cannot serialise a quarantined row", e);
    }
  }

  private byte[] seal(String text) {
    FieldContext context = new FieldContext("quarantine", "row", quarantineSubject);
    return privacy.cipher().encrypt(context, text.getBytes(StandardCharsets.UTF_8));
  }
}
