package dev.custos.server.consent.store;

import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.consent.NoticeHash;
import dev.custos.policies.consent.ProcessingLimit;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the consent ledger: a consent event or a processing limit. Written once, never
 * updated. The columns of a consent event are null on a limit and the other way round.
 */
@Entity
@Table(name = "consent_event")
public class ConsentEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_event_seq")
  @SequenceGenerator(
      name = "consent_event_seq",
      sequenceName = "consent_event_seq",
      allocationSize = 1)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "id", nullable = false, unique = true)
  private UUID id;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "subject_id", nullable = false, length = 64)
  private String subjectId;

  @Column(name = "purpose", length = 64)
  private String purpose;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "lawful_basis", length = 32)
  private String lawfulBasis;

  @Column(name = "notice_id", length = 128)
  private String noticeId;

  @Column(name = "notice_version", length = 128)
  private String noticeVersion;

  @Column(name = "notice_hash", length = 64)
  private String noticeHash;

  @Column(name = "language", length = 35)
  private String language;

  @Column(name = "method", length = 16)
  private String method;

  @Column(name = "channel", length = 128)
  private String channel;

  @Column(name = "collector", length = 128)
  private String collector;

  @Column(name = "jurisdiction", length = 128)
  private String jurisdiction;

  @Column(name = "consent_form", length = 16)
  private String consentForm;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "request_ref", length = 128)
  private String requestRef;

  @Column(name = "receipt_ref", length = 64, unique = true)
  private String receiptRef;

  @Column(name = "source_connector", length = 64)
  private String sourceConnector;

  @Column(name = "source_key", length = 255)
  private String sourceKey;

  @Column(name = "source_version", length = 128)
  private String sourceVersion;

  protected ConsentEventEntity() {}

  /** A consent event row; the ledger position is given when it is persisted. */
  static ConsentEventEntity consent(
      LedgerKind kind,
      UUID id,
      Instant at,
      ConsentContext context,
      Optional<ConsentForm> form,
      Optional<Instant> expiresAt,
      Instant recordedAt) {
    if (!kind.isConsent()) {
      throw new IllegalArgumentException(kind + " is not a consent event");
    }
    ConsentEventEntity row = new ConsentEventEntity();
    row.id = id;
    row.kind = kind.id();
    row.subjectId = context.subject().value();
    row.purpose = context.purpose().value();
    row.occurredAt = at;
    row.recordedAt = recordedAt;
    row.lawfulBasis = context.lawfulBasis().id();
    row.noticeId = context.notice().id();
    row.noticeVersion = context.notice().version();
    row.noticeHash = context.notice().textHash().hex();
    row.language = context.languageTag();
    row.method = context.method().id();
    row.channel = context.channel();
    row.collector = context.collector();
    row.jurisdiction = context.jurisdiction();
    row.consentForm = form.map(ConsentForm::id).orElse(null);
    row.expiresAt = expiresAt.orElse(null);
    return row;
  }

  /** A processing-limit row; {@code purpose} only for an objection. */
  static ConsentEventEntity limit(
      LedgerKind kind,
      UUID id,
      Instant at,
      SubjectId subject,
      Optional<PurposeId> purpose,
      String requestRef,
      String collector,
      Instant recordedAt) {
    if (kind.isConsent()) {
      throw new IllegalArgumentException(kind + " is not a processing limit");
    }
    ConsentEventEntity row = new ConsentEventEntity();
    row.id = id;
    row.kind = kind.id();
    row.subjectId = subject.value();
    row.purpose = purpose.map(PurposeId::value).orElse(null);
    row.occurredAt = at;
    row.recordedAt = recordedAt;
    row.requestRef = requestRef;
    row.collector = collector;
    return row;
  }

  ConsentEventEntity withReceipt(String reference) {
    this.receiptRef = reference;
    return this;
  }

  ConsentEventEntity fromSource(String connector, String key, String version) {
    this.sourceConnector = connector;
    this.sourceKey = key;
    this.sourceVersion = version;
    return this;
  }

  LedgerKind kind() {
    return LedgerKind.fromId(kind);
  }

  long seq() {
    return seq;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  Optional<String> receiptRef() {
    return Optional.ofNullable(receiptRef);
  }

  Optional<String> requestRef() {
    return Optional.ofNullable(requestRef);
  }

  Optional<String> sourceConnector() {
    return Optional.ofNullable(sourceConnector);
  }

  /** The row as a ledger entry of the privacy core. */
  LedgerEntry toEntry() {
    LedgerKind k = kind();
    if (!k.isConsent()) {
      return new LedgerEntry.Limit(toLimit(k));
    }
    return new LedgerEntry.Consent(toConsentEvent(k));
  }

  private ConsentEvent toConsentEvent(LedgerKind k) {
    ConsentContext context =
        new ConsentContext(
            new SubjectId(subjectId),
            new PurposeId(purpose),
            LawfulBasis.fromId(lawfulBasis).orElseThrow(() -> corrupt("lawful_basis")),
            new Notice(noticeId, noticeVersion, new NoticeHash(noticeHash)),
            Locale.forLanguageTag(language),
            CollectionMethod.fromId(method).orElseThrow(() -> corrupt("method")),
            channel,
            collector,
            jurisdiction);
    return switch (k) {
      case GIVEN ->
          new ConsentEvent.Given(
              id,
              seq,
              occurredAt,
              context,
              consentForm == null ? ConsentForm.BUNDLED : formOf(consentForm),
              Optional.ofNullable(expiresAt));
      case WITHDRAWN -> new ConsentEvent.Withdrawn(id, seq, occurredAt, context);
      case REFUSED -> new ConsentEvent.Refused(id, seq, occurredAt, context);
      case EXPIRED -> new ConsentEvent.Expired(id, seq, occurredAt, context);
      default -> throw corrupt("kind");
    };
  }

  private ProcessingLimit toLimit(LedgerKind k) {
    SubjectId subject = new SubjectId(subjectId);
    return switch (k) {
      case RESTRICTED -> new ProcessingLimit.Restricted(id, seq, occurredAt, subject, requestRef);
      case RESTRICTION_LIFTED ->
          new ProcessingLimit.RestrictionLifted(id, seq, occurredAt, subject, requestRef);
      case OBJECTED ->
          new ProcessingLimit.Objected(
              id, seq, occurredAt, subject, new PurposeId(purpose), requestRef);
      default -> throw corrupt("kind");
    };
  }

  private ConsentForm formOf(String formId) {
    for (ConsentForm form : ConsentForm.values()) {
      if (form.id().equals(formId)) {
        return form;
      }
    }
    throw corrupt("consent_form");
  }

  private IllegalStateException corrupt(String column) {
    return new IllegalStateException(
        "Consent ledger row " + id + " has an unknown value in column " + column);
  }
}
