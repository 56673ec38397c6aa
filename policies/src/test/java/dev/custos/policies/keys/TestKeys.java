package dev.custos.policies.keys;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Fixtures: software master keys of fixed bytes and data keys over an in-memory store. */
public final class TestKeys {

  private TestKeys() {}

  /** A software master key whose 32 bytes all equal the version number. */
  public static SoftwareMasterKey masterKey(int version) {
    byte[] kek = new byte[32];
    java.util.Arrays.fill(kek, (byte) version);
    return new SoftwareMasterKey(version, kek);
  }

  /** A ring of versions 1 to {@code highest}, the highest active. */
  public static MasterKeyRing ring(int highest) {
    List<MasterKey> keys =
        java.util.stream.IntStream.rangeClosed(1, highest)
            .mapToObj(TestKeys::masterKey)
            .map(MasterKey.class::cast)
            .toList();
    return MasterKeyRing.latestActive(keys);
  }

  /** Data keys with a roomy cache and a clock that never moves. */
  public static DataKeys dataKeys(MasterKeyRing ring, SubjectKeyStore store) {
    return new DataKeys(
        ring,
        store,
        new DataKeyCache(10_000, Duration.ofMinutes(5), new MutableClock(Instant.EPOCH)),
        new SecureRandom());
  }

  /** A data key made from known bytes, for known-answer tests. */
  public static DataKey dataKey(int id, byte[] key) {
    return new DataKey(id, key.clone());
  }
}
