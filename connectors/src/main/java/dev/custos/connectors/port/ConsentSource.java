package dev.custos.connectors.port;

import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.subject.SubjectId;

/** The current consent of subjects, as the privacy gate needs it. */
public interface ConsentSource {

  /** A view holding at least the given subject's consent ledger, under the active policy pack. */
  ConsentView forSubject(SubjectId subject);
}
