/**
 * The audit trail: every access to personal data and every administrative or compliance action,
 * appended as an event in the same transaction as the action itself.
 */
package dev.custos.server.audit;
