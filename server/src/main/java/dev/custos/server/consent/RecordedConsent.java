package dev.custos.server.consent;

import dev.custos.policies.consent.ConsentDecision;
import dev.custos.policies.consent.ConsentEvent;

/**
 * A consent event just appended, the reference the person keeps to fetch its signed receipt, and
 * the decision for the purpose now that the event is in the ledger.
 */
public record RecordedConsent(ConsentEvent event, String receiptRef, ConsentDecision decision) {}
