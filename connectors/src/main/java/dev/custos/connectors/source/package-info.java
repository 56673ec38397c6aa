/**
 * Readers of sources, in plain Java: a database table or query read page by page after a watermark
 * with JDBC, a paged JSON API read with the JDK HTTP client after a cursor or updated-since value,
 * and dropped CSV or JSON Lines files (local or fetched over SFTP) read in pages. They produce
 * {@code SourceEntry} values for the ingestion pipeline and never log what they read.
 */
package dev.custos.connectors.source;
