/** Data-subject requests in the database: {@link SubjectRequestEntity} and its store. */
package dev.custos.server.request.store;
