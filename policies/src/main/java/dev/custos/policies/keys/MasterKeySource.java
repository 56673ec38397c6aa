package dev.custos.policies.keys;

/**
 * Where master keys live: a PKCS#12 key store file ({@link Pkcs12KeySource}) or an HSM reached
 * through PKCS#11 ({@link Pkcs11KeySource}). Versions are kept under the aliases {@code kek-1},
 * {@code kek-2}, …; the highest version is the active one.
 */
public interface MasterKeySource {

  /**
   * Opens the source and returns all its master keys, the highest version active.
   *
   * @throws MasterKeyException when the source cannot be opened or holds no master key
   */
  MasterKeyRing load();

  /**
   * Creates a new master key version, one above the highest present, and returns its number. The
   * new version becomes active for whoever loads the source next; existing data keys stay readable
   * and are moved to it by {@link KeyRotation}.
   */
  int addVersion();
}
