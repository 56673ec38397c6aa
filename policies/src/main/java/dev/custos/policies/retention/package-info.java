/**
 * Retention: how long each category of personal data is kept, the event its period counts from, and
 * what happens when the period ends (delete, anonymise or crypto-shred), with legal holds that
 * override every action.
 *
 * <p>The rules are data, read from YAML ({@link dev.custos.policies.retention.RetentionRules}). The
 * {@link dev.custos.policies.retention.RetentionPlanner} is pure: given a record's metadata, the
 * legal holds and the time, it says what the retention sweep should do with the record and why, so
 * that a dry run can show a compliance officer exactly what would happen.
 */
package dev.custos.policies.retention;
