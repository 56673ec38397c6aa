/**
 * Connectors inside the server: the connector runtime started at start-up from the connector files
 * in the connectors directory, the server's transactional implementations of the connector ports,
 * and the API that shows each connector's status and runs it on demand.
 */
package dev.custos.server.connector;
