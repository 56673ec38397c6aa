/**
 * The {@code custos} command and what it needs: starting the server from a distribution, and
 * loading demo data through the server's REST API. It never links to the server's classes; it only
 * starts the server's WAR and talks HTTP to it.
 */
package dev.custos.installer;
