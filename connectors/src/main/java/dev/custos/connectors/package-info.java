/**
 * Connectors: Apache Camel routes that pull customers, accounts, interactions and feedback out of a
 * company's CRM and ERP systems and hand every record to the privacy gate of {@code policies}.
 *
 * <p>Connectors reach the server only through the ports they declare here (a record sink, a
 * watermark store, a quarantine); the server implements them. Routes are wiring; mapping and
 * validation live in plain classes that never touch the Camel API.
 */
package dev.custos.connectors;
