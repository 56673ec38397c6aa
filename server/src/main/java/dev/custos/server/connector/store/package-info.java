/**
 * Persistence of connector administration: which connectors an administrator stopped, so that they
 * stay stopped across restarts.
 */
package dev.custos.server.connector.store;
