package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.subject.SubjectId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataKeyCacheTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final DataKeyCache cache = new DataKeyCache(2, Duration.ofMinutes(10), clock);
  private final SubjectId alice = new SubjectId("subject-alice");
  private final SubjectId bob = new SubjectId("subject-bob");
  private final SubjectId carol = new SubjectId("subject-carol");

  @Test
  void keyPushedOutBySizeIsZeroed() {
    DataKey first = key(1);
    cache.putIfAbsent(alice, first);
    cache.putIfAbsent(bob, key(2));

    cache.putIfAbsent(carol, key(3));

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(alice)).isEmpty();
    assertThat(first.isDestroyed()).isTrue();
    assertThatThrownBy(first::getEncoded).isInstanceOf(IllegalStateException.class);
    assertThat(cache.get(carol)).isPresent();
  }

  @Test
  void expiredKeyIsZeroedWhenReadAgain() {
    DataKey first = key(1);
    cache.putIfAbsent(alice, first);

    clock.advance(Duration.ofMinutes(10));

    assertThat(cache.get(alice)).isEmpty();
    assertThat(first.isDestroyed()).isTrue();
  }

  @Test
  void expiredKeysAreZeroedBySweepingEvenIfNeverReadAgain() {
    DataKey first = key(1);
    DataKey second = key(2);
    cache.putIfAbsent(alice, first);
    clock.advance(Duration.ofMinutes(5));
    cache.putIfAbsent(bob, second);

    clock.advance(Duration.ofMinutes(6));
    cache.evictExpired();

    assertThat(first.isDestroyed()).isTrue();
    assertThat(second.isDestroyed()).isFalse();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void keyStaysUsableBeforeItsTimeToLive() {
    cache.putIfAbsent(alice, key(1));

    clock.advance(Duration.ofMinutes(9));

    assertThat(cache.get(alice)).get().extracting(DataKey::isDestroyed).isEqualTo(false);
  }

  @Test
  void firstKeyCachedForASubjectWins() {
    DataKey first = key(1);
    DataKey second = key(2);

    assertThat(cache.putIfAbsent(alice, first)).isSameAs(first);
    assertThat(cache.putIfAbsent(alice, second)).isSameAs(first);
  }

  @Test
  void evictionAndClearingZeroKeys() {
    DataKey first = key(1);
    DataKey second = key(2);
    cache.putIfAbsent(alice, first);
    cache.putIfAbsent(bob, second);

    cache.evict(alice);
    assertThat(first.isDestroyed()).isTrue();
    assertThat(second.isDestroyed()).isFalse();

    cache.clear();
    assertThat(second.isDestroyed()).isTrue();
    assertThat(cache.size()).isZero();
  }

  @Test
  void zeroingOverwritesTheKeyBytes() throws ReflectiveOperationException {
    DataKey key = key(1);
    var field = DataKey.class.getDeclaredField("key");
    field.setAccessible(true);

    key.destroy();

    assertThat((byte[]) field.get(key)).containsOnly(0);
  }

  private static DataKey key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return new DataKey(fill, bytes);
  }
}
