/**
 * Erasure of a data subject: crypto-shredding of their data key, suppression of their blind
 * indexes, an authenticated erasure journal kept outside the database and replayed at start-up (so
 * that a restored backup does not bring an erased person back), and the evidence pack of each
 * erasure. Erasure is started by a data-subject request, never directly over the API.
 */
package dev.custos.server.erasure;
