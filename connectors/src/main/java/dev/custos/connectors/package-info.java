/**
 * Connectors: Apache Camel routes that pull customers, accounts, interactions and feedback out of a
 * company's CRM and ERP systems and hand every record to the privacy gate of {@code policies}.
 *
 * <p>Connectors reach the server only through the ports they declare here (a record sink, a
 * watermark store, a quarantine); the server implements them. Routes are wiring; mapping and
 * validation live in plain classes that never touch the Camel API.
 *
 * <p>Packages: {@code port} (the server's side), {@code config} (connector files), {@code ingest}
 * (mapping, gate, sink, quarantine, status), {@code source} (JDBC, REST and dropped-file readers),
 * {@code run} (one connector's runs) and {@code camel} (the context, the shared route configuration
 * and the routes; the only package that uses Camel).
 */
package dev.custos.connectors;
