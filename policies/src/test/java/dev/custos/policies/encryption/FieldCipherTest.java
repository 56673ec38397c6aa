package dev.custos.policies.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.InMemorySubjectKeyStore;
import dev.custos.policies.keys.KeyRotation;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.TestKeys;
import dev.custos.policies.subject.SubjectId;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
  private final MasterKeyRing ring = TestKeys.ring(1);
  private final DataKeys keys = TestKeys.dataKeys(ring, store);
  private final FieldCipher cipher = new FieldCipher(keys);
  private final SubjectId alice = new SubjectId("subject-alice");
  private final SubjectId bob = new SubjectId("subject-bob");
  private final FieldContext aliceEmail = new FieldContext("contact", "email", alice);

  @Test
  void textRoundTripsAndTheEnvelopeIs34BytesLongerThanTheValue() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");

    assertThat(envelope).hasSize(34 + "alice@example.com".length());
    assertThat(cipher.decryptText(aliceEmail, envelope))
        .isEqualTo(new Decryption.Decrypted<>("alice@example.com"));
  }

  @Test
  void nullAndEmptyDecryptToWhatWasEncrypted() {
    assertThat(cipher.decryptText(aliceEmail, cipher.encryptText(aliceEmail, null)))
        .isEqualTo(new Decryption.Decrypted<String>(null));
    assertThat(cipher.decryptText(aliceEmail, cipher.encryptText(aliceEmail, "")))
        .isEqualTo(new Decryption.Decrypted<>(""));
    assertThat(cipher.decrypt(aliceEmail, cipher.encrypt(aliceEmail, new byte[0])))
        .isInstanceOfSatisfying(
            Decryption.Decrypted.class, d -> assertThat((byte[]) d.value()).isEmpty());
  }

  @Test
  void sameValueEncryptsDifferentlyEachTime() {
    assertThat(cipher.encryptText(aliceEmail, "same"))
        .isNotEqualTo(cipher.encryptText(aliceEmail, "same"));
  }

  @Test
  void ciphertextMovedToAnotherFieldRowOrSubjectFailsToDecrypt() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");
    cipher.encryptText(new FieldContext("contact", "email", bob), "bob@example.com");

    assertThatThrownBy(
            () -> cipher.decryptText(new FieldContext("contact", "phone", alice), envelope))
        .isInstanceOf(FieldIntegrityException.class);
    assertThatThrownBy(
            () -> cipher.decryptText(new FieldContext("account", "email", alice), envelope))
        .isInstanceOf(FieldIntegrityException.class);
    assertThatThrownBy(
            () -> cipher.decryptText(new FieldContext("contact", "email", bob), envelope))
        .isInstanceOf(FieldIntegrityException.class)
        .hasMessageContaining("contact.email of subject subject-bob")
        .hasMessageNotContaining("alice@example.com");
  }

  @Test
  void shreddedSubjectDecryptsToErasedOnEveryCopy() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");
    byte[] backupCopy = envelope.clone();

    keys.shred(alice);

    assertThat(cipher.decryptText(aliceEmail, envelope)).isEqualTo(new Decryption.Erased<>());
    assertThat(cipher.decrypt(aliceEmail, backupCopy)).isEqualTo(new Decryption.Erased<>());
  }

  @Test
  void envelopeFromBeforeAnErasureIsNotReadByAKeyCreatedAfterIt() {
    byte[] before = cipher.encryptText(aliceEmail, "alice@example.com");
    keys.shred(alice);
    cipher.encryptText(aliceEmail, "new value");

    assertThatThrownBy(() -> cipher.decryptText(aliceEmail, before))
        .isInstanceOf(FieldIntegrityException.class)
        .hasMessageContaining("data key the subject does not have");
  }

  @Test
  void dataEncryptedBeforeAMasterKeyRotationStillDecryptsAfterIt() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");
    MasterKeyRing rotated = TestKeys.ring(2);

    new KeyRotation(rotated, store).run(10);
    FieldCipher afterRotation = new FieldCipher(TestKeys.dataKeys(rotated, store));

    assertThat(store.find(alice).orElseThrow().wrapped().kekVersion()).isEqualTo(2);
    assertThat(afterRotation.decryptText(aliceEmail, envelope))
        .isEqualTo(new Decryption.Decrypted<>("alice@example.com"));
  }

  @Test
  void keyEvictedFromTheCacheIsUnwrappedAgain() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");

    keys.evict(alice);

    assertThat(cipher.decryptText(aliceEmail, envelope))
        .isEqualTo(new Decryption.Decrypted<>("alice@example.com"));
  }

  @Test
  void wrongKeyUnderTheSameKeyIdFailsTheIntegrityCheck() {
    byte[] envelope = cipher.encryptText(aliceEmail, "alice@example.com");
    StoredDataKey real = store.find(alice).orElseThrow();
    store.put(new StoredDataKey(alice, real.keyId(), ring.wrap(new byte[32])));
    keys.evict(alice);

    assertThatThrownBy(() -> cipher.decryptText(aliceEmail, envelope))
        .isInstanceOf(FieldIntegrityException.class)
        .hasMessageContaining("integrity check");
  }

  @Test
  void truncatedOrUnknownFormatIsRefused() {
    byte[] envelope = cipher.encryptText(aliceEmail, "x");

    assertThatThrownBy(() -> cipher.decryptText(aliceEmail, new byte[33]))
        .isInstanceOf(FieldIntegrityException.class);
    envelope[0] = 2;
    assertThatThrownBy(() -> cipher.decryptText(aliceEmail, envelope))
        .isInstanceOf(FieldIntegrityException.class)
        .hasMessageContaining("not a version 1 envelope");
  }

  @Test
  void textWithAnUnpairedSurrogateIsRefusedRatherThanAltered() {
    assertThatThrownBy(() -> cipher.encryptText(aliceEmail, "ab\ud800c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 2");
    assertThat(cipher.decryptText(aliceEmail, cipher.encryptText(aliceEmail, "emoji \ud83d\ude00")))
        .isEqualTo(new Decryption.Decrypted<>("emoji \ud83d\ude00"));
  }

  @Test
  void decryptedValueIsNeverPrinted() {
    assertThat(new Decryption.Decrypted<>("alice@example.com").toString()).doesNotContain("alice");
  }
}
