package dev.custos.server.erasure;

import dev.custos.policies.keys.DataKeys;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.erasure.store.ErasureEvidenceStore;
import dev.custos.server.privacy.TransactionalKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Erasure of a data subject, as the data-subject request workflow calls it. One transaction: the
 * subject's data key is destroyed (crypto-shredding), their blind-index digests go on the
 * suppression list so that no connector sync re-creates them, the subject's index rows are deleted,
 * the erasure is appended to the erasure journal outside the database and synced to disk, and an
 * evidence pack is stored. The journal line is on disk before the transaction commits; if the
 * transaction then fails, the next start applies the journalled erasure anyway: the journal errs on
 * the side of erasure, never on the side of keeping a person who asked to be erased.
 */
@ApplicationScoped
public class Erasure {

  private final EntityManager em;
  private final TransactionalKeyStore keyStore;
  private final DataKeys dataKeys;
  private final ErasureJournal journal;
  private final Clock clock;
  private final AuditTrail audit;

  @Inject
  public Erasure(
      EntityManager em,
      TransactionalKeyStore keyStore,
      DataKeys dataKeys,
      ErasureJournal journal,
      Clock clock,
      AuditTrail audit) {
    this.em = em;
    this.keyStore = keyStore;
    this.dataKeys = dataKeys;
    this.journal = journal;
    this.clock = clock;
    this.audit = audit;
  }

  /** For CDI client proxies only. */
  protected Erasure() {
    this(null, null, null, null, null, null);
  }

  /**
   * Erases a subject for a data-subject request, or answers the evidence of an earlier call with
   * the same reference (so a retried request erases once).
   *
   * @param subjectId the pseudonymous id of the subject
   * @param requestReference the data-subject request's reference: 1-128 characters of {@code
   *     [A-Za-z0-9._:-]}; it is written to the journal, so never a name or an e-mail address
   * @return the evidence pack, also stored and readable at {@code GET /api/v1/erasures/{reference}}
   * @throws dev.custos.server.problem.ProblemException 400 for a malformed id or reference, 404 for
   *     a subject Custos does not hold, 409 when the reference answered another subject
   */
  @Transactional
  public ErasureEvidence erase(String subjectId, String requestReference) {
    return eraser().erase(subjectId, requestReference);
  }

  /** The evidence pack of a data-subject request's erasure, if it was made. */
  @Transactional
  public Optional<ErasureEvidence> evidence(String requestReference) {
    if (requestReference == null || !JournalEntry.REFERENCE.matcher(requestReference).matches()) {
      return Optional.empty();
    }
    return new ErasureEvidenceStore(em).find(requestReference);
  }

  /**
   * Applies one journalled erasure again where the database does not reflect it, in a transaction
   * of its own.
   *
   * @return true when anything was re-applied
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean reapply(ErasureJournal.Line line) {
    return eraser().reapply(line);
  }

  /** The journal line hashes of every evidence pack the database holds. */
  @Transactional
  public List<String> journalledHashes() {
    return new ErasureEvidenceStore(em).journalLineHashes();
  }

  private Eraser eraser() {
    return new Eraser(em, keyStore, dataKeys, journal, clock, audit::record);
  }
}
