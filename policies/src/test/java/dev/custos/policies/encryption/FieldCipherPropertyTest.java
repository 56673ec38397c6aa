package dev.custos.policies.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.InMemorySubjectKeyStore;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.TestKeys;
import dev.custos.policies.subject.SubjectId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FieldCipherPropertyTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
  private final MasterKeyRing ring = TestKeys.ring(1);
  private final DataKeys keys = TestKeys.dataKeys(ring, store);
  private final FieldCipher cipher = new FieldCipher(keys);

  @Property
  void anyBytesRoundTrip(
      @ForAll @Size(max = 300) byte[] value, @ForAll("contexts") FieldContext c) {
    Decryption<byte[]> result = cipher.decrypt(c, cipher.encrypt(c, value));

    assertThat(result)
        .isInstanceOfSatisfying(
            Decryption.Decrypted.class, d -> assertThat((byte[]) d.value()).isEqualTo(value));
  }

  @Property
  void anyUnicodeTextRoundTrips(@ForAll("text") String value, @ForAll("contexts") FieldContext c) {
    assertThat(cipher.decryptText(c, cipher.encryptText(c, value)))
        .isEqualTo(new Decryption.Decrypted<>(value));
  }

  @Property
  void anySingleChangedByteFailsCleanly(
      @ForAll @Size(max = 64) byte[] value,
      @ForAll @IntRange(min = 0, max = 10_000) int index,
      @ForAll @IntRange(min = 1, max = 255) int flip) {
    FieldContext c = new FieldContext("contact", "note", new SubjectId("subject-props"));
    byte[] envelope = cipher.encrypt(c, value);
    envelope[index % envelope.length] ^= (byte) flip;

    assertThatThrownBy(() -> cipher.decrypt(c, envelope))
        .isInstanceOf(FieldIntegrityException.class);
  }

  @Property
  void anyOtherContextFails(
      @ForAll("text") String value,
      @ForAll("contexts") FieldContext sealedFor,
      @ForAll("contexts") FieldContext openedAs) {
    Assume.that(!sealedFor.equals(openedAs));
    cipher.encryptText(openedAs, "gives the other subject a key too");
    byte[] envelope = cipher.encryptText(sealedFor, value);

    assertThatThrownBy(() -> cipher.decryptText(openedAs, envelope))
        .isInstanceOf(FieldIntegrityException.class);
  }

  @Property(tries = 200)
  void anyOtherKeyFails(@ForAll("text") String value, @ForAll @Size(32) byte[] otherKey) {
    FieldContext c = new FieldContext("contact", "email", new SubjectId("subject-wrongkey"));
    byte[] envelope = cipher.encryptText(c, value);
    StoredDataKey real = store.find(c.subject()).orElseThrow();
    Assume.that(!java.util.Arrays.equals(ring.unwrap(real.wrapped()), otherKey));
    store.put(new StoredDataKey(c.subject(), real.keyId(), ring.wrap(otherKey)));
    keys.evict(c.subject());
    try {
      assertThatThrownBy(() -> cipher.decryptText(c, envelope))
          .isInstanceOf(FieldIntegrityException.class);
    } finally {
      store.put(real);
      keys.evict(c.subject());
    }
  }

  @Property
  void shreddedSubjectGivesErased(
      @ForAll("text") String value, @ForAll("contexts") FieldContext c) {
    byte[] envelope = cipher.encryptText(c, value);

    keys.shred(c.subject());

    assertThat(cipher.decryptText(c, envelope)).isEqualTo(new Decryption.Erased<>());
  }

  /** Well-formed Unicode: ASCII, CJK, the rest of the BMP and supplementary planes (emoji). */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 0x7f)),
            Tuple.of(3, Arbitraries.integers().between(0x4e00, 0x9fff)),
            Tuple.of(
                2,
                Arbitraries.integers().between(0x80, 0xffff).filter(c -> c < 0xd800 || c > 0xdfff)),
            Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoint
        .list()
        .ofMaxSize(100)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
        .injectNull(0.05);
  }

  @Provide
  Arbitrary<FieldContext> contexts() {
    Arbitrary<String> names = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
    Arbitrary<SubjectId> subjects =
        Arbitraries.strings()
            .withChars("abcXYZ019_-")
            .ofMinLength(8)
            .ofMaxLength(12)
            .map(SubjectId::new);
    return net.jqwik.api.Combinators.combine(names, names, subjects).as(FieldContext::new);
  }
}
