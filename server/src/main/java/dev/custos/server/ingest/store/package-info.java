/**
 * Persistence of gated records with their fields, decision logs and retention stamps, of connector
 * watermarks and of the quarantine: the {@link dev.custos.connectors.port.RecordSink}, {@link
 * dev.custos.connectors.port.WatermarkStore} and {@link dev.custos.connectors.port.Quarantine} of
 * the server. Entities stay inside this package.
 */
package dev.custos.server.ingest.store;
