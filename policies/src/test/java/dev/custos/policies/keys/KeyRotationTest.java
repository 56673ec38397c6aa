package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.subject.SubjectId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRotationTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
  private final Map<SubjectId, byte[]> rawKeys = new HashMap<>();

  KeyRotationTest() {
    DataKeys beforeRotation = TestKeys.dataKeys(TestKeys.ring(1), store);
    for (int i = 0; i < 10; i++) {
      SubjectId subject = new SubjectId("subject-%04d".formatted(i));
      rawKeys.put(subject, beforeRotation.keyFor(subject).getEncoded());
    }
  }

  @Test
  void rotationResumesFromItsCursorAndEndsWithEveryKeyOnTheActiveVersion() {
    MasterKeyRing ring = TestKeys.ring(2);

    RotationProgress first = new KeyRotation(ring, store).step(start(ring), 4);
    RotationProgress second = new KeyRotation(ring, store).step(first.next().orElseThrow(), 4);
    RotationProgress rest = new KeyRotation(ring, store).resume(second.next(), 4);

    assertThat(first.examined()).isEqualTo(4);
    assertThat(first.rewrapped()).isEqualTo(4);
    assertThat(first.next()).contains(cursorAfter(1, "subject-0003"));
    assertThat(second.rewrapped()).isEqualTo(4);
    assertThat(rest.rewrapped()).isEqualTo(2);
    assertThat(rest.finished()).isTrue();
    assertThat(store.size()).isEqualTo(10);
    assertEveryKeyIsOnVersionAndUnchanged(ring, 2);
  }

  @Test
  void runningAgainAfterTheEndChangesNothing() {
    MasterKeyRing ring = TestKeys.ring(2);
    KeyRotation rotation = new KeyRotation(ring, store);
    rotation.run(3);
    var before = store.all();

    RotationProgress again = rotation.run(3);

    assertThat(again.examined()).isZero();
    assertThat(again.finished()).isTrue();
    assertThat(store.all()).isEqualTo(before);
  }

  @Test
  void keysOfSeveralOlderVersionsAllMoveToTheActiveOne() {
    DataKeys onVersion2 = TestKeys.dataKeys(TestKeys.ring(2), store);
    SubjectId late = new SubjectId("subject-late");
    rawKeys.put(late, onVersion2.keyFor(late).getEncoded());
    MasterKeyRing ring = TestKeys.ring(3);

    RotationProgress done = new KeyRotation(ring, store).run(4);

    assertThat(done.rewrapped()).isEqualTo(11);
    assertEveryKeyIsOnVersionAndUnchanged(ring, 3);
  }

  @Test
  void anInterruptedRotationStopsAtACursorAndResumesFromIt() {
    MasterKeyRing ring = TestKeys.ring(2);
    KeyRotation rotation = new KeyRotation(ring, store);
    RotationProgress partial = rotation.step(start(ring), 3);

    Thread.currentThread().interrupt();
    RotationProgress stopped;
    try {
      stopped = rotation.resume(partial.next(), 3);
    } finally {
      Thread.interrupted();
    }
    RotationProgress resumed = rotation.resume(stopped.next(), 3);

    assertThat(stopped.examined()).isZero();
    assertThat(stopped.next()).isEqualTo(partial.next());
    assertThat(resumed.rewrapped()).isEqualTo(7);
    assertEveryKeyIsOnVersionAndUnchanged(ring, 2);
  }

  @Test
  void aKeyShreddedByAnotherNodeAfterThePageWasReadIsLeftShredded() {
    MasterKeyRing ring = TestKeys.ring(2);
    SubjectId shredded = new SubjectId("subject-0001");
    SubjectKeyStore racing =
        new ForwardingStore(store) {
          @Override
          public List<StoredDataKey> wrappedBy(
              int kekVersion, Optional<SubjectId> after, int limit) {
            List<StoredDataKey> page = super.wrappedBy(kekVersion, after, limit);
            store.delete(shredded);
            return page;
          }
        };

    RotationProgress done = new KeyRotation(ring, racing).run(100);

    assertThat(done.examined()).isEqualTo(10);
    assertThat(done.rewrapped()).isEqualTo(9);
    assertThat(store.find(shredded)).isEmpty();
    assertEveryKeyIsOnVersionAndUnchanged(ring, 2);
  }

  @Test
  void compareAndSetRefusesAKeyNoLongerOnTheExpectedVersion() {
    MasterKeyRing ring = TestKeys.ring(2);
    StoredDataKey key = store.find(new SubjectId("subject-0002")).orElseThrow();
    WrappedKey moved = ring.wrap(ring.unwrap(key.wrapped()));

    assertThat(store.replaceWrapping(key.subject(), key.keyId(), 1, moved)).isTrue();
    assertThat(store.replaceWrapping(key.subject(), key.keyId(), 1, key.wrapped())).isFalse();
    assertThat(store.replaceWrapping(key.subject(), key.keyId() + 1, 2, key.wrapped())).isFalse();
  }

  @Test
  void nothingToDoWhenOnlyTheActiveVersionExists() {
    assertThat(new KeyRotation(TestKeys.ring(1), store).start()).isEmpty();
    assertThatThrownBy(
            () -> new KeyRotation(TestKeys.ring(1), store).step(RotationCursor.startOf(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Passes every call to another store, so a test can slip in what another node does. */
  private static class ForwardingStore implements SubjectKeyStore {
    private final SubjectKeyStore delegate;

    ForwardingStore(SubjectKeyStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<StoredDataKey> find(SubjectId subject) {
      return delegate.find(subject);
    }

    @Override
    public StoredDataKey saveIfAbsent(StoredDataKey key) {
      return delegate.saveIfAbsent(key);
    }

    @Override
    public boolean replaceWrapping(
        SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
      return delegate.replaceWrapping(subject, keyId, expectedKekVersion, replacement);
    }

    @Override
    public boolean delete(SubjectId subject) {
      return delegate.delete(subject);
    }

    @Override
    public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
      return delegate.wrappedBy(kekVersion, after, limit);
    }
  }

  private RotationCursor start(MasterKeyRing ring) {
    return new KeyRotation(ring, store).start().orElseThrow();
  }

  private static RotationCursor cursorAfter(int version, String subject) {
    return new RotationCursor(version, Optional.of(new SubjectId(subject)));
  }

  private void assertEveryKeyIsOnVersionAndUnchanged(MasterKeyRing ring, int version) {
    assertThat(store.all())
        .isNotEmpty()
        .allSatisfy(
            key -> {
              assertThat(key.wrapped().kekVersion()).isEqualTo(version);
              assertThat(ring.unwrap(key.wrapped())).isEqualTo(rawKeys.get(key.subject()));
            });
  }
}
