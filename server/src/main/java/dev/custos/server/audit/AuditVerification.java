package dev.custos.server.audit;

import dev.custos.policies.audit.AuditChain;
import dev.custos.policies.audit.ChainVerdict;
import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.server.audit.store.AuditChainReader;
import dev.custos.server.problem.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Walks the whole sealed trail from its first event with the shared {@link AuditChain} rules. */
@ApplicationScoped
public class AuditVerification {

  private final EntityManager em;
  private final AuditSigningKey key;
  private final Clock clock;

  @Inject
  public AuditVerification(EntityManager em, AuditSigningKey key, Clock clock) {
    this.em = em;
    this.key = key;
    this.clock = clock;
  }

  /** For CDI client proxies only. */
  protected AuditVerification() {
    this.em = null;
    this.key = null;
    this.clock = null;
  }

  /**
   * Verifies what is sealed now; call {@link AuditSealer#sealNow()} first to include everything.
   */
  @Transactional
  public VerifyReport verify(Locale locale) {
    Ed25519Verifier publicKey = key.publicKey();
    AuditChainReader reader = new AuditChainReader(em);
    ChainVerdict verdict =
        AuditChain.verify(
            reader.events(1, Long.MAX_VALUE),
            reader.checkpoints(1, Long.MAX_VALUE),
            id -> id.equals(publicKey.keyId()) ? Optional.of(publicKey) : Optional.empty(),
            AuditChain.Start.GENESIS);
    VerifyReport.BrokenLink broken =
        verdict
            .firstBreak()
            .map(
                b ->
                    new VerifyReport.BrokenLink(
                        b.seq(),
                        b.kindName(),
                        Messages.text(locale, "audit-break." + b.kindName(), b.seq())))
            .orElse(null);
    return new VerifyReport(
        verdict.intact(),
        verdict.events(),
        verdict.lastSeq(),
        verdict.checkpoints(),
        reader.unsealed(),
        publicKey.keyId(),
        clock.instant(),
        broken);
  }
}
