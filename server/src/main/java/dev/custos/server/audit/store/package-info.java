/** Persistence of audit events. Entities stay inside this package. */
package dev.custos.server.audit.store;
