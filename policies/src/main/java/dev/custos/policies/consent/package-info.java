/**
 * The consent ledger: append-only consent events (given, withdrawn, refused, expired) carrying the
 * information of an ISO/IEC TS 27560 consent record and a Kantara consent receipt, an immutable
 * {@link dev.custos.policies.consent.ConsentView} folded from them, and the decision whether a
 * purpose may be processed for a subject at an instant, with the reason why.
 *
 * <p>Objection and restriction (GDPR Art. 18 and 21, PIPL Art. 44) are not events yet; they will
 * join the ledger as further event kinds that deny a purpose whatever its basis.
 */
package dev.custos.policies.consent;
