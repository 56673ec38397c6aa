/**
 * One customer view: the pseudonymous subjects that records belong to, found from the blind indexes
 * of their identifiers, and the suppression list that keeps erased people out.
 */
package dev.custos.server.subject;
