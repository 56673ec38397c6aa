package dev.custos.installer.api;

/**
 * The part of {@code GET /api/v1/accounts} the installer reads; the items are ignored.
 *
 * @param total how many accounts the server holds
 */
record AccountPage(long total) {}
