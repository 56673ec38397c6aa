/**
 * Persistence of erasure evidence packs (tables {@code erasure_evidence} and {@code
 * erasure_evidence_item}). Entities stay inside this package.
 */
package dev.custos.server.erasure.store;
