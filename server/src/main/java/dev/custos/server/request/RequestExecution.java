package dev.custos.server.request;

import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.consent.Consents;
import dev.custos.server.erasure.Erasure;
import dev.custos.server.request.store.SubjectRequestEntity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Carries out what a completed request asks for where another feature owns the work: erasure
 * (crypto-shredding, suppression, journal and evidence: {@link Erasure}), restriction and objection
 * (the consent ledger: {@link Consents}). Access, portability and rectification are done by this
 * feature itself. Runs in the caller's transaction, so a failure leaves the request in progress;
 * the request id is the reference both services use to do the work only once.
 */
@Dependent
public class RequestExecution {

  private final Erasure erasure;
  private final Consents consents;

  @Inject
  public RequestExecution(Erasure erasure, Consents consents) {
    this.erasure = erasure;
    this.consents = consents;
  }

  /** Runs the request's work for its subject. */
  public void run(RequestType type, SubjectId subject, SubjectRequestEntity request) {
    String reference = request.id().toString();
    switch (type) {
      case ACCESS, PORTABILITY, RECTIFICATION -> {
        // Answered by the export or by the corrections, before completion.
      }
      case ERASURE -> erasure.erase(subject.value(), reference);
      case RESTRICTION -> consents.restrict(subject, reference);
      case OBJECTION -> consents.object(subject, PurposeId.of(request.purpose()), reference);
    }
  }
}
