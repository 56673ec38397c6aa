/**
 * Persistence of subjects, their blind indexes, match evidence and the suppression list, and the
 * {@link dev.custos.connectors.port.SubjectResolver} over it. Entities stay inside this package; no
 * table holds an identifier in clear.
 */
package dev.custos.server.subject.store;
