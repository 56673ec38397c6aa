/**
 * The ingestion pipeline, in plain Java without Camel: source rows are mapped by the connector's
 * configuration, checked, matched to a subject through blind indexes, passed through the privacy
 * gate and stored one page at a time together with the new watermark. Rows that cannot be taken in
 * are sealed and quarantined with a reason that names fields, never values.
 */
package dev.custos.connectors.ingest;
