/** Persistence of standalone users. Entities stay inside this package. */
package dev.custos.server.identity.store;
