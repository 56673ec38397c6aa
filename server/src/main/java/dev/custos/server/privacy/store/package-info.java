/**
 * Persistence of subjects' wrapped data keys: the {@link dev.custos.policies.keys.SubjectKeyStore}
 * of the server. Entities stay inside this package.
 */
package dev.custos.server.privacy.store;
