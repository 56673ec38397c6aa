/**
 * The audit trail's chain, as pure rules shared by the server and the {@code custos audit verify}
 * command: the canonical encoding of an event, the SHA-256 link from each event to the one before,
 * signed checkpoints, and the walk that finds the first broken link.
 */
package dev.custos.policies.audit;
