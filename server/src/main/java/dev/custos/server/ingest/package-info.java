/**
 * Ingestion into the server: where connectors' gated records, watermarks and quarantined rows are
 * kept. The connector side (reading sources, mapping, the gate call) lives in the connectors
 * module.
 */
package dev.custos.server.ingest;
