package dev.custos.connectors.port;

import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The current consent of subjects, as the privacy gate needs it. */
public interface ConsentSource {

  /**
   * A view holding at least the consent ledgers of the given subjects, under the active policy
   * pack: one read for a whole page.
   */
  ConsentView forSubjects(Collection<SubjectId> subjects);

  /** A view holding at least the given subject's consent ledger, under the active policy pack. */
  default ConsentView forSubject(SubjectId subject) {
    return forSubjects(List.of(subject));
  }

  /**
   * Appends consent events for the opt-in flags of one source row, with method {@code import} and
   * the row as provenance. Idempotent: a re-delivered row, or a row whose flags did not change
   * since the connector last imported them, appends nothing.
   *
   * @param collectedAt when the row was read; the instant of the events appended
   * @throws UnsupportedOperationException if this source cannot import, so that a mapping with
   *     opt-in flags never loses them silently
   */
  default void importOptIns(
      String connectorId,
      SubjectId subject,
      String sourceKey,
      String sourceVersion,
      Instant collectedAt,
      List<ImportedOptIn> flags) {
    throw new UnsupportedOperationException("This consent source does not import opt-in flags");
  }
}
