/**
 * Readers of sources, in plain Java: a database table or query read page by page after a watermark
 * with JDBC, and dropped CSV or JSON Lines files read in pages. They produce {@code SourceEntry}
 * values for the ingestion pipeline and never log what they read.
 */
package dev.custos.connectors.source;
