/**
 * Consent (同意): recording, withdrawing and reading consent in the append-only ledger, signed
 * consent receipts, and the restrictions and objections that data-subject requests put on
 * processing. {@link dev.custos.server.consent.Consents} is the service other server code calls.
 */
package dev.custos.server.consent;
