/** Persistence of survey responses. Entities stay inside this package. */
package dev.custos.server.feedback.store;
