/**
 * The server's privacy core: its master key store (created on first start), the data keys of
 * subjects over the database, field encryption, blind indexes, the active policy pack and the
 * privacy gate, built once and shared.
 */
package dev.custos.server.privacy;
