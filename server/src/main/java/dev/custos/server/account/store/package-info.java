/** Persistence of accounts. Entities stay inside this package. */
package dev.custos.server.account.store;
