/**
 * The ingest benchmark: CRM rows through the whole connector path (mapping, subject resolution, the
 * privacy gate, field encryption, the server's record sink) into PostgreSQL, against a plain
 * batched JDBC insert of the same rows in the same run. A plain harness rather than JMH: one run is
 * one large batch job, measured as such, alternating with its baseline.
 */
package dev.custos.benchmarks.ingest;
