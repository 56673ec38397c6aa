/**
 * The key hierarchy: master keys (KEKs) that live outside the database, in a PKCS#12 key store or
 * an HSM, and one data key (DEK) per data subject, stored only wrapped by a master key.
 *
 * <p>Destroying a subject's data key ({@link dev.custos.policies.keys.DataKeys#shred}) makes every
 * copy of that subject's encrypted fields unreadable at once (crypto-shredding). Master keys rotate
 * by re-wrapping data keys ({@link dev.custos.policies.keys.KeyRotation}); field data is never
 * decrypted to do so.
 */
package dev.custos.policies.keys;
