package dev.custos.connectors.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.port.RecordSink.BatchOutcome;
import dev.custos.connectors.port.SubjectResolver.Resolution;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.subject.SubjectId;
import java.io.IOException;
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

  /** The longest reason the quarantine keeps. */
  static final int MAX_REASON_LENGTH = 2000;

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
    List<MappedRow.Fields> kept = new ArrayList<>(resolved.size());
    for (int i = 0; i < mapped.size(); i++) {
      if (!(resolutions.get(i) instanceof Resolution.Suppressed)) {
        kept.add((MappedRow.Fields) mapped.get(i));
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      importOptIns(kept.get(i), resolved.get(i), now);
    }
    // Read once for the page, after its own opt-in flags went into the ledger.
    ConsentView consent = resolved.isEmpty() ? null : ports.consent().forSubjects(resolved);
    for (int i = 0; i < kept.size(); i++) {
      MappedRow.Fields row = kept.get(i);
      gated.add(gate(row, resolved.get(i), now, consent));
    }
    BatchOutcome stored = new BatchOutcome(0, 0);
    if (!gated.isEmpty() || newWatermark.isPresent()) {
      stored = ports.sink().store(config.id(), gated, newWatermark);
    }
    return new RunCounts(
        page.size(), stored.stored(), stored.duplicates(), quarantined, suppressed);
  }

  /**
   * Takes a quarantined row in again, under the connector's current mapping: opens the sealed row,
   * maps, checks and gates it and stores it without moving the watermark. The caller keeps or
   * resolves the quarantine entry by the answer; nothing is held here, so the caller can do that in
   * the same transaction as the store.
   *
   * @param position where the row came from, the position of a row the mapping cannot key
   */
  public Retried retry(String position, byte[] sealedRow) {
    Instant now = clock.instant();
    Optional<String> plain = unseal(privacy.cipher(), config.id(), sealedRow);
    if (plain.isEmpty()) {
      return new Retried.Erased();
    }
    Optional<SourceEntry.Row> row = parse(position, plain.get());
    if (row.isEmpty()) {
      return new Retried.Rejected("unreadable: the row could not be parsed when it was read");
    }
    // The caller's transaction may still roll back: a data key created here is then forgotten.
    List<SubjectId> subjects = new ArrayList<>(1);
    try {
      return switch (take(row.get(), now, subjects)) {
        case Outcome.Gated g -> {
          BatchOutcome stored =
              ports.sink().store(config.id(), List.of(g.record()), Optional.empty());
          yield new Retried.Stored(g.record().sourceKey(), g.record().sourceVersion(), stored);
        }
        case Outcome.Rejected r -> new Retried.Rejected(r.row().reason());
        case Outcome.Suppressed s -> new Retried.Suppressed();
      };
    } catch (RuntimeException e) {
      subjects.forEach(privacy.cipher()::forgetKey);
      throw e;
    }
  }

  /**
   * Opens a sealed quarantined row: the row as JSON (column to value), or the source text that
   * could not be parsed. Personal data: for a role-checked, audited inspection only.
   *
   * @return empty when the connector's quarantine key was destroyed
   */
  public static Optional<String> unseal(FieldCipher cipher, String connectorId, byte[] sealedRow) {
    FieldContext context = new FieldContext("quarantine", "row", quarantineSubject(connectorId));
    if (cipher.decrypt(context, sealedRow) instanceof Decryption.Decrypted<byte[]> d) {
      return Optional.of(d.value() == null ? "" : new String(d.value(), StandardCharsets.UTF_8));
    }
    return Optional.empty();
  }

  /** The row a sealed quarantine entry holds; empty for source text that never parsed. */
  private static Optional<SourceEntry.Row> parse(String position, String plain) {
    try {
      JsonNode node = JSON.readTree(plain);
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> column : node.properties()) {
        JsonNode value = column.getValue();
        values.put(column.getKey(), value.isNull() ? null : value.asText());
      }
      return Optional.of(new SourceEntry.Row(position, values));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** What a retry of a quarantined row did. */
  public sealed interface Retried {

    /** Mapped, gated and stored (or found already stored, as a duplicate). */
    record Stored(String sourceKey, String sourceVersion, BatchOutcome outcome)
        implements Retried {}

    /**
     * Still cannot be taken in.
     *
     * @param reason names fields and rules, never values
     */
    record Rejected(String reason) implements Retried {}

    /** The person was erased since: the row must not be stored. */
    record Suppressed() implements Retried {}

    /** The connector's quarantine key was destroyed: the row is gone for good. */
    record Erased() implements Retried {}
  }

  private Outcome take(SourceEntry.Row row, Instant now, List<SubjectId> subjects) {
    MappedRow mapped = mapper.map(row);
    if (mapped instanceof MappedRow.Rejected rejected) {
      return new Outcome.Rejected(rejected);
    }
    MappedRow.Fields fields = (MappedRow.Fields) mapped;
    Optional<SubjectId> subject =
        switch (ports.resolver().resolve(config.id(), blindIndexes(fields.fields()))) {
          case Resolution.Suppressed s -> Optional.empty();
          case Resolution.Matched m -> Optional.of(m.subject());
          case Resolution.Created c -> Optional.of(c.subject());
        };
    if (subject.isEmpty()) {
      return new Outcome.Suppressed();
    }
    // Recorded before the gate creates the subject's data key, for forgetting it on a failure.
    subjects.add(subject.get());
    importOptIns(fields, subject.get(), now);
    return new Outcome.Gated(
        gate(fields, subject.get(), now, ports.consent().forSubject(subject.get())));
  }

  /**
   * Appends the row's opt-in flags to the consent ledger before the row is gated, so that the row's
   * own decisions already follow what its source says.
   */
  private void importOptIns(MappedRow.Fields mapped, SubjectId subject, Instant now) {
    if (!mapped.optIns().isEmpty()) {
      ports
          .consent()
          .importOptIns(
              config.id(),
              subject,
              mapped.sourceKey(),
              mapped.sourceVersion(),
              now,
              mapped.optIns());
    }
  }

  /**
   * @param consent a view holding at least the subject's ledger, read after the row's opt-in flags
   *     were imported
   */
  private GatedRecord gate(
      MappedRow.Fields mapped, SubjectId subject, Instant now, ConsentView consent) {
    InboundRecord record =
        new InboundRecord(
            config.id(),
            mapped.sourceKey(),
            mapped.sourceVersion(),
            config.recordKind(),
            subject,
            now,
            config.collectedFor(),
            mapped.fields());
    return privacy.gate().pass(record, consent);
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
        .hold(
            new QuarantinedRow(
                config.id(),
                fit(sourceKey, RowMapper.MAX_KEY_LENGTH),
                fit(sourceVersion, RowMapper.MAX_VERSION_LENGTH),
                fit(reason, MAX_REASON_LENGTH),
                at,
                sealed));
  }

  /** Cut to what the quarantine's columns hold; keys and reasons are never data, so safe to cut. */
  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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

  private sealed interface Outcome {
    record Gated(GatedRecord record) implements Outcome {}

    record Rejected(MappedRow.Rejected row) implements Outcome {}

    record Suppressed() implements Outcome {}
  }
}
