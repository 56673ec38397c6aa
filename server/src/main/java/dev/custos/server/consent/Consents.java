package dev.custos.server.consent;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentDecision;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.consent.ProcessingLimit;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerKind;
import dev.custos.server.consent.store.LedgerRow;
import dev.custos.server.consent.store.PurposeCount;
import dev.custos.server.identity.Caller;
import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The consent ledger as the rest of the server uses it: recording and withdrawing consent,
 * restricting processing and objecting to purposes, and reading the state they add up to. Every
 * change and every read of a subject's ledger appends an audit event in the same transaction, so an
 * action and its audit event commit together or not at all.
 *
 * <p>Each call reads the ledger from the database, never from a cache, so a withdrawal, restriction
 * or objection committed on any node stops the next decision on every node.
 *
 * <p>Data-subject request workflows call {@link #restrict}, {@link #liftRestriction} and {@link
 * #object} when a request is completed; those methods are idempotent per request reference.
 */
@Dependent
@Transactional
public class Consents {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager em;
  private final PolicyPack pack;
  private final BlindIndexer indexer;
  private final AuditTrail audit;
  private final Instance<Caller> caller;
  private final Clock clock;

  @Inject
  public Consents(
      EntityManager em,
      PolicyPack pack,
      BlindIndexer indexer,
      AuditTrail audit,
      Instance<Caller> caller,
      Clock clock) {
    this.em = em;
    this.pack = pack;
    this.indexer = indexer;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * Appends a consent given or refused, with a receipt reference for the person.
   *
   * @throws ProblemException 404 if the subject is unknown, 400 if the pack lacks the purpose
   */
  public RecordedConsent record(ConsentCommand command) {
    requireSubject(command.subject());
    requirePurpose(command.purpose());
    Instant now = clock.instant();
    ConsentContext context =
        new ConsentContext(
            command.subject(),
            command.purpose(),
            LawfulBasis.CONSENT,
            command.notice(),
            command.language(),
            command.method(),
            command.channel(),
            collector(),
            command.jurisdiction());
    String receiptRef = newReceiptRef();
    ConsentEvent event =
        ledger()
            .appendConsent(
                command.given() ? LedgerKind.GIVEN : LedgerKind.REFUSED,
                context,
                command.at().orElse(now),
                command.given() ? Optional.of(command.form()) : Optional.empty(),
                command.given() ? command.expiresAt() : Optional.empty(),
                Optional.of(receiptRef),
                now);
    audit.record(
        AuditEvent.success(
                command.given() ? "consent.record" : "consent.refuse",
                "subject",
                command.subject().value())
            .forPurpose(command.purpose().value()));
    return new RecordedConsent(event, receiptRef, decide(command.subject(), command.purpose()));
  }

  /**
   * Appends a withdrawal of the subject's consent to the purpose. It takes effect for the next
   * decision on every node.
   *
   * @throws ProblemException 404 if the subject is unknown, 400 if the pack lacks the purpose, 409
   *     if the subject never gave consent to the purpose
   */
  public RecordedConsent withdraw(WithdrawalCommand command) {
    requireSubject(command.subject());
    requirePurpose(command.purpose());
    Instant now = clock.instant();
    ConsentContext given =
        lastGiven(command.subject(), command.purpose())
            .orElseThrow(() -> ProblemException.conflict("consent-nothing-to-withdraw"))
            .context();
    ConsentContext context =
        new ConsentContext(
            command.subject(),
            command.purpose(),
            given.lawfulBasis(),
            given.notice(),
            command.language().orElse(given.language()),
            command.method(),
            command.channel(),
            collector(),
            given.jurisdiction());
    String receiptRef = newReceiptRef();
    ConsentEvent event =
        ledger()
            .appendConsent(
                LedgerKind.WITHDRAWN,
                context,
                command.at().orElse(now),
                Optional.empty(),
                Optional.empty(),
                Optional.of(receiptRef),
                now);
    audit.record(
        AuditEvent.success("consent.withdraw", "subject", command.subject().value())
            .forPurpose(command.purpose().value()));
    return new RecordedConsent(event, receiptRef, decide(command.subject(), command.purpose()));
  }

  /**
   * Restricts all processing of the subject's data (GDPR Art. 18, PIPL Art. 44) from now on, except
   * purposes the pack rests on a legal obligation. Calling again with the same request reference
   * returns the restriction already recorded.
   *
   * @param requestRef the completed data-subject request, an opaque reference (no personal data)
   */
  public ProcessingLimit restrict(SubjectId subjectId, String requestRef) {
    return limit(
        LedgerKind.RESTRICTED, subjectId, Optional.empty(), requestRef, "consent.restrict");
  }

  /**
   * Lifts the subject's restriction from now on. Calling again with the same request reference
   * returns the lifting already recorded.
   *
   * @throws ProblemException 409 if no restriction is in force
   */
  public ProcessingLimit liftRestriction(SubjectId subjectId, String requestRef) {
    return limit(
        LedgerKind.RESTRICTION_LIFTED,
        subjectId,
        Optional.empty(),
        requestRef,
        "consent.lift-restriction");
  }

  /**
   * Records the subject's objection to one purpose (GDPR Art. 21, PIPL Art. 44): from now on the
   * purpose is denied whatever its basis, until the person gives consent to it again. Calling again
   * with the same request reference returns the objection already recorded.
   *
   * @throws ProblemException 400 if the pack lacks the purpose
   */
  public ProcessingLimit object(SubjectId subjectId, PurposeId purpose, String requestRef) {
    requirePurpose(purpose);
    return limit(
        LedgerKind.OBJECTED, subjectId, Optional.of(purpose), requestRef, "consent.object");
  }

  /** The decision for every purpose of the pack, for the subject now. */
  public List<ConsentDecision> state(SubjectId subject) {
    requireSubject(subject);
    ConsentView view = view(subject);
    Instant now = clock.instant();
    List<ConsentDecision> decisions = new ArrayList<>();
    for (PurposeId purpose : pack.purposes().keySet().stream().sorted().toList()) {
      decisions.add(view.decide(subject, purpose, now));
    }
    audit.record(AuditEvent.success("consent.read", "subject", subject.value()));
    return decisions;
  }

  /** The subject's ledger rows, consent events and limits, in ledger order. */
  public List<LedgerRow> history(SubjectId subject) {
    requireSubject(subject);
    List<LedgerRow> rows = ledger().rows(subject);
    audit.record(AuditEvent.success("consent.history", "subject", subject.value()));
    return rows;
  }

  /** Subjects per purpose and consent state: aggregates only, for a compliance dashboard. */
  public List<PurposeCount> counts() {
    return ledger().counts(clock.instant());
  }

  /**
   * Finds the subject of an identifier through its blind index, never by reading identifiers in
   * clear. The look-up is audited with the subject found, never with the identifier.
   *
   * @return empty if the value is not a valid identifier of its kind or no subject has it
   */
  public Optional<SubjectId> findSubject(IndexKind kind, String identifier) {
    Optional<String> digest =
        switch (kind) {
          case EMAIL -> indexer.email(identifier);
          case PHONE -> indexer.phone(identifier);
          case CN_RESIDENT_ID -> indexer.chineseResidentId(identifier);
        };
    Optional<SubjectId> found = digest.flatMap(d -> ledger().subjectByIndex(kind, d));
    audit.record(
        found
            .map(s -> AuditEvent.success("consent.lookup", "subject", s.value()))
            .orElse(
                new AuditEvent(
                    "consent.lookup", "subject", null, null, AuditEvent.Outcome.FAILED)));
    return found;
  }

  /** The subject's consent state from the ledger in the database now, under the active pack. */
  public ConsentView view(SubjectId subject) {
    return ledger().view(pack, subject);
  }

  /** The ledger row a receipt reference names, if any. */
  public Optional<LedgerRow> byReceipt(String receiptRef) {
    Optional<LedgerRow> row = ledger().byReceipt(receiptRef);
    row.ifPresent(
        r ->
            audit.record(
                AuditEvent.success("consent.receipt", "consent-event", r.entry().id().toString())));
    return row;
  }

  /** The active policy pack. */
  public PolicyPack pack() {
    return pack;
  }

  private ProcessingLimit limit(
      LedgerKind kind,
      SubjectId subject,
      Optional<PurposeId> purpose,
      String requestRef,
      String action) {
    requireSubject(subject);
    ConsentLedger ledger = ledger();
    Optional<ProcessingLimit> done = recorded(ledger, kind, subject, purpose, requestRef);
    if (done.isPresent()) {
      return done.get();
    }
    if (kind == LedgerKind.RESTRICTION_LIFTED && !restrictedNow(ledger, subject)) {
      throw ProblemException.conflict("consent-not-restricted");
    }
    Instant now = clock.instant();
    ProcessingLimit limit =
        ledger.appendLimit(kind, subject, purpose, requestRef, collector(), now, now);
    AuditEvent event = AuditEvent.success(action, "subject", subject.value());
    audit.record(purpose.map(p -> event.forPurpose(p.value())).orElse(event));
    return limit;
  }

  private boolean restrictedNow(ConsentLedger ledger, SubjectId subject) {
    ProcessingLimit last = null;
    for (ProcessingLimit limit : ledger.view(pack, subject).limits(subject)) {
      if (!(limit instanceof ProcessingLimit.Objected)) {
        last = limit;
      }
    }
    return last instanceof ProcessingLimit.Restricted;
  }

  private static Optional<ProcessingLimit> recorded(
      ConsentLedger ledger,
      LedgerKind kind,
      SubjectId subject,
      Optional<PurposeId> purpose,
      String requestRef) {
    return ledger.rows(subject).stream()
        .filter(r -> r.requestRef().filter(requestRef::equals).isPresent())
        .map(LedgerRow::entry)
        .filter(e -> e instanceof LedgerEntry.Limit)
        .map(e -> ((LedgerEntry.Limit) e).limit())
        .filter(l -> kindOf(l) == kind)
        .filter(
            l ->
                !(l instanceof ProcessingLimit.Objected o)
                    || purpose.filter(o.purpose()::equals).isPresent())
        .findFirst();
  }

  private static LedgerKind kindOf(ProcessingLimit limit) {
    return switch (limit) {
      case ProcessingLimit.Restricted r -> LedgerKind.RESTRICTED;
      case ProcessingLimit.RestrictionLifted l -> LedgerKind.RESTRICTION_LIFTED;
      case ProcessingLimit.Objected o -> LedgerKind.OBJECTED;
    };
  }

  private Optional<ConsentEvent.Given> lastGiven(SubjectId subject, PurposeId purpose) {
    ConsentEvent.Given last = null;
    for (ConsentEvent event : view(subject).history(subject, purpose)) {
      if (event instanceof ConsentEvent.Given given) {
        last = given;
      }
    }
    return Optional.ofNullable(last);
  }

  private ConsentDecision decide(SubjectId subject, PurposeId purpose) {
    return view(subject).decide(subject, purpose, clock.instant());
  }

  private void requireSubject(SubjectId subject) {
    if (!ledger().subjectExists(subject)) {
      throw ProblemException.notFound("consent-subject-not-found");
    }
  }

  private void requirePurpose(PurposeId purpose) {
    if (pack.purpose(purpose).isEmpty()) {
      throw ProblemException.badRequest(
          "consent-unknown-purpose",
          purpose.value(),
          pack.reference(),
          pack.purposes().keySet().stream()
              .map(PurposeId::value)
              .sorted()
              .collect(Collectors.joining(", ")));
    }
  }

  /** Who records: the signed-in user's pseudonymous id, or {@code system} for server work. */
  private String collector() {
    try {
      String subject = caller.get().subject();
      return subject == null ? AuditTrail.SYSTEM : subject;
    } catch (ContextNotActiveException e) {
      return AuditTrail.SYSTEM;
    }
  }

  private ConsentLedger ledger() {
    return new ConsentLedger(em);
  }

  /** 256 random bits, URL-safe: a reference nobody can guess or enumerate. */
  private static String newReceiptRef() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
