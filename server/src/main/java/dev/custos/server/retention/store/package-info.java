/**
 * Storage of the retention feature: legal holds ({@code legal_hold}) and the runs of the retention
 * sweep with their per-category progress, checkpoint and report ({@code retention_run}, {@code
 * retention_run_count}, {@code retention_run_item}). Ids and codes only, never personal values.
 */
package dev.custos.server.retention.store;
