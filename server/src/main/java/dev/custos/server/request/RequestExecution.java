package dev.custos.server.request;

import dev.custos.policies.subject.SubjectId;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.request.store.SubjectRequestEntity;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * Carries out what a completed request asks for, where another feature owns the work: erasure
 * (crypto-shredding), restriction and objection (the consent ledger). Access, portability and
 * rectification are done by this feature itself. Runs in the caller's transaction.
 */
@Dependent
public class RequestExecution {

  /**
   * Runs the request's work for its subject.
   *
   * @throws ProblemException 501 for a type this version cannot carry out; the request then stays
   *     in progress
   */
  public void run(RequestType type, SubjectId subject, SubjectRequestEntity request) {
    switch (type) {
      case ACCESS, PORTABILITY, RECTIFICATION -> {
        // Answered by the export or by the corrections, before completion.
      }
      case ERASURE, RESTRICTION, OBJECTION ->
          throw new ProblemException(501, "request-type-not-available", List.of(), type.id());
    }
  }
}
