package dev.custos.policies.gate;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.ConsentDecision;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.FieldDecision.Outcome;
import dev.custos.policies.pii.PiiKind;
import dev.custos.policies.pii.PiiScan;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.pii.PiiSpan;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionStamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gates inbound records. For each field it takes the purposes the record was collected for that may
 * use the field's class (from the policy pack), keeps those the subject's consent allows now, and
 * then:
 *
 * <ul>
 *   <li>no purpose left: the field is dropped, and the log says why for each purpose;
 *   <li>identifier, contact, sensitive: encrypted, with a blind index when the mapping asks;
 *   <li>free text: encrypted; scanned for personal data, and the redacted copy kept (encrypted)
 *       only when an analysis purpose is among the field's purposes;
 *   <li>operational: kept as it came.
 * </ul>
 *
 * <p>Every category the kept fields belong to gets its retention stamp. Decisions depend only on
 * the inputs and the clock; ciphertexts differ between runs because nonces are random. Thread-safe.
 */
public final class PrivacyGate {

  /** Purposes that analyse text; only they get the redacted copy of a comment. */
  static final Set<PurposeId> ANALYSIS_PURPOSES =
      Set.of(PurposeId.of("feedback-analysis"), PurposeId.of("product-improvement"));

  private final FieldClassPolicy classes;
  private final FieldCipher cipher;
  private final BlindIndexer indexer;
  private final PiiScanner scanner;
  private final RetentionPlanner retention;
  private final Clock clock;

  public PrivacyGate(
      FieldClassPolicy classes,
      FieldCipher cipher,
      BlindIndexer indexer,
      PiiScanner scanner,
      RetentionPlanner retention,
      Clock clock) {
    this.classes = Objects.requireNonNull(classes, "classes");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.indexer = Objects.requireNonNull(indexer, "indexer");
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.retention = Objects.requireNonNull(retention, "retention");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Passes one record through the gate.
   *
   * @param consent a consent view holding at least this subject's ledger, under the gate's pack
   */
  public GatedRecord pass(InboundRecord record, ConsentView consent) {
    Instant now = clock.instant();
    Map<PurposeId, ConsentDecision> byPurpose = new LinkedHashMap<>();
    for (PurposeId purpose : new TreeSet<>(record.collectedFor())) {
      byPurpose.put(purpose, consent.decide(record.subject(), purpose, now));
    }
    List<GatedField> kept = new ArrayList<>(record.fields().size());
    List<FieldDecision> decisions = new ArrayList<>(record.fields().size());
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    for (InboundField field : record.fields()) {
      FieldDecision decision = gate(record, field, byPurpose, kept);
      decisions.add(decision);
      if (decision.outcome() != Outcome.DROPPED && decision.outcome() != Outcome.EMPTY) {
        category(record.kind(), field.classification()).ifPresent(categories::add);
      }
    }
    Map<DataCategory, RetentionStamp> stamps = new EnumMap<>(DataCategory.class);
    for (DataCategory category : categories) {
      stamps.put(category, retention.stamp(category, record.collectedAt()));
    }
    return new GatedRecord(
        record.source(),
        record.sourceKey(),
        record.sourceVersion(),
        record.kind(),
        record.subject(),
        record.collectedAt(),
        now,
        consent.pack().reference(),
        kept,
        stamps,
        decisions);
  }

  private FieldDecision gate(
      InboundRecord record,
      InboundField field,
      Map<PurposeId, ConsentDecision> byPurpose,
      List<GatedField> kept) {
    FieldClass cls = field.classification();
    if (field.isEmpty()) {
      return new FieldDecision(field.name(), cls, Outcome.EMPTY, Set.of(), "no value sent");
    }
    Set<PurposeId> purposes = new TreeSet<>();
    List<String> denied = new ArrayList<>();
    for (var entry : byPurpose.entrySet()) {
      if (!classes.mayUse(entry.getKey(), cls)) {
        continue;
      }
      if (entry.getValue().allowed()) {
        purposes.add(entry.getKey());
      } else {
        denied.add(entry.getKey() + ": " + entry.getValue().explanation());
      }
    }
    if (purposes.isEmpty()) {
      String reason =
          denied.isEmpty()
              ? "no purpose of this collection may use " + cls.id() + " fields"
              : "no purpose allowed: " + String.join("; ", denied);
      return new FieldDecision(field.name(), cls, Outcome.DROPPED, Set.of(), reason);
    }
    Set<PurposeId> allowed = Set.copyOf(purposes);
    FieldContext context = new FieldContext(record.kind().id(), field.name(), record.subject());
    // The denied purposes stay in the log of a kept field too: a withdrawal, restriction or
    // objection must show in every later decision, not only where it drops the whole field.
    String why =
        "kept for "
            + purposes.stream().map(PurposeId::toString).collect(Collectors.joining(", "))
            + (denied.isEmpty() ? "" : "; not for " + String.join("; ", denied));
    return switch (cls) {
      case OPERATIONAL -> {
        kept.add(new GatedField.Plain(field.name(), allowed, field.value()));
        yield new FieldDecision(field.name(), cls, Outcome.KEPT_PLAIN, allowed, why);
      }
      case FREE_TEXT -> freeText(field, context, allowed, why, kept);
      case IDENTIFIER, CONTACT, SENSITIVE -> {
        Optional<String> index = field.index().flatMap(kind -> blindIndex(kind, field.value()));
        byte[] envelope = cipher.encryptText(context, field.value());
        kept.add(new GatedField.Encrypted(field.name(), cls, allowed, envelope, index));
        String indexed =
            field.index().isPresent() && index.isEmpty()
                ? "; not a valid value for its blind index"
                : "";
        yield new FieldDecision(field.name(), cls, Outcome.ENCRYPTED, allowed, why + indexed);
      }
    };
  }

  private FieldDecision freeText(
      InboundField field,
      FieldContext context,
      Set<PurposeId> allowed,
      String why,
      List<GatedField> kept) {
    byte[] envelope = cipher.encryptText(context, field.value());
    boolean analysed = allowed.stream().anyMatch(ANALYSIS_PURPOSES::contains);
    if (!analysed) {
      kept.add(
          new GatedField.FreeText(field.name(), allowed, envelope, Optional.empty(), Set.of()));
      return new FieldDecision(
          field.name(),
          FieldClass.FREE_TEXT,
          Outcome.ENCRYPTED,
          allowed,
          why + "; no analysis purpose, no redacted copy");
    }
    PiiScan scan = scanner.scan(field.value());
    FieldContext redactedContext =
        new FieldContext(context.entity(), context.field() + ".redacted", context.subject());
    byte[] redacted = cipher.encryptText(redactedContext, scan.redacted());
    var found =
        scan.spans().stream()
            .map(PiiSpan::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PiiKind.class)));
    kept.add(
        new GatedField.FreeText(
            field.name(), allowed, envelope, Optional.of(redacted), Set.copyOf(found)));
    return new FieldDecision(
        field.name(),
        FieldClass.FREE_TEXT,
        Outcome.ENCRYPTED_WITH_REDACTED_COPY,
        allowed,
        why + "; redacted copy for analysis" + (found.isEmpty() ? "" : ", removed " + found));
  }

  private Optional<String> blindIndex(IndexKind kind, String value) {
    return switch (kind) {
      case EMAIL -> indexer.email(value);
      case PHONE -> indexer.phone(value);
      case CN_RESIDENT_ID -> indexer.chineseResidentId(value);
    };
  }

  /** The retention category of a kept field; account records hold company data only. */
  static Optional<DataCategory> category(RecordKind kind, FieldClass cls) {
    return switch (cls) {
      case IDENTIFIER, CONTACT, SENSITIVE ->
          kind == RecordKind.ACCOUNT ? Optional.empty() : Optional.of(DataCategory.CONTACT_DATA);
      case FREE_TEXT -> Optional.of(DataCategory.COMMENTS);
      case OPERATIONAL ->
          switch (kind) {
            case FEEDBACK -> Optional.of(DataCategory.SCORES);
            case CONSENT -> Optional.of(DataCategory.CONSENT_RECORDS);
            case CONTACT, INTERACTION -> Optional.of(DataCategory.CONTACT_DATA);
            case ACCOUNT -> Optional.empty();
          };
    };
  }
}
