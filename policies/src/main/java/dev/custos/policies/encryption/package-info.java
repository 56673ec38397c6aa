/**
 * Field-level encryption: each personal field is sealed on its own with AES-256-GCM under its
 * subject's data key, in a versioned envelope whose associated data binds it to one entity, field
 * and subject. After the subject's key is shredded, decryption answers {@link
 * dev.custos.policies.encryption.Decryption.Erased}, the normal outcome of an erasure.
 */
package dev.custos.policies.encryption;
