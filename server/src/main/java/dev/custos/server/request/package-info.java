/**
 * Data-subject requests (GDPR Art. 12-22, PIPL Art. 44-50): access, portability, erasure,
 * rectification, restriction and objection, each with its lifecycle (received, identity verified,
 * in progress, completed or refused with a reason) and its legal deadline; the {@code /requests}
 * resource, the export archive streamed to the compliance officer, and rectification of stored
 * fields. The person is found by the blind indexes of their identifiers, never by plaintext.
 */
package dev.custos.server.request;
