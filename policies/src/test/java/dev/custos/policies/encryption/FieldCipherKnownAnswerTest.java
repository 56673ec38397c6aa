package dev.custos.policies.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.InMemorySubjectKeyStore;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.TestKeys;
import dev.custos.policies.subject.SubjectId;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Envelope format version 1, pinned. The expected envelopes were computed independently of this
 * code, with the AESGCM class of Python's "cryptography" package, from the layout in {@link
 * FieldCipher}'s Javadoc: data key 00 01 … 1f, key id 0x1a2b3c4d, nonce cafebabefacedbaddecaf888. A
 * change here breaks every stored ciphertext: it needs a new format version instead.
 */
class FieldCipherKnownAnswerTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final int KEY_ID = 0x1a2b3c4d;
  private static final byte[] NONCE = HEX.parseHex("cafebabefacedbaddecaf888");
  private static final SubjectId SUBJECT = new SubjectId("subject-0001");
  private static final FieldContext EMAIL = new FieldContext("contact", "email", SUBJECT);
  private static final FieldContext COMMENT = new FieldContext("feedback", "comment", SUBJECT);
  private static final FieldContext PHONE = new FieldContext("contact", "phone", SUBJECT);

  private final DataKeys keys = keysHoldingTheFixedDataKey();

  @Test
  void emptyString() {
    assertVector(
        fixedNonceCipher().encryptText(EMAIL, ""),
        "011a2b3c4dcafebabefacedbaddecaf8888b79c6614f9aef0cff922148b089bb43b2");
  }

  @Test
  void nullIsSealedApartFromEmpty() {
    assertVector(
        fixedNonceCipher().encryptText(EMAIL, null),
        "011a2b3c4dcafebabefacedbaddecaf8888a794d94ea2803dba6bda465640275d49c");
  }

  @Test
  void chineseComment() {
    assertVector(
        fixedNonceCipher().encryptText(COMMENT, "您好，我对配送很不满意"),
        "011a2b3c4dcafebabefacedbaddecaf8888b45228e4fdff2f4fa87bb55eaf82686e4a54db85f988fcac63bbcfc"
            + "5832c41929df48b2fce978ba5b65c53d075abcbd0530");
    assertThat(
            new FieldCipher(keys)
                .decryptText(
                    COMMENT,
                    HEX.parseHex(
                        "011a2b3c4dcafebabefacedbaddecaf8888b45228e4fdff2f4fa87bb55eaf82686e4a54d"
                            + "b85f988fcac63bbcfc5832c41929df48b2fce978ba5b65c53d075abcbd0530")))
        .isEqualTo(new Decryption.Decrypted<>("您好，我对配送很不满意"));
  }

  @Test
  void emailAddress() {
    assertVector(
        fixedNonceCipher().encryptText(EMAIL, "li.wei@example.com"),
        "011a2b3c4dcafebabefacedbaddecaf8888bcfc908dd1f265b23733cb00b71ec116e4fadebd9a6f68649b66d55c"
            + "1e667c12901d0");
  }

  @Test
  void rawBytes() {
    assertVector(
        fixedNonceCipher().encrypt(PHONE, new byte[] {0, (byte) 0xff, 0x10}),
        "011a2b3c4dcafebabefacedbaddecaf8888ba35f36ceb18180d3d61d0082413eedea1cbbd0");
  }

  private void assertVector(byte[] envelope, String expectedHex) {
    assertThat(HEX.formatHex(envelope)).isEqualTo(expectedHex);
  }

  /** A new cipher each time: the JDK refuses to reuse a nonce with one key on one Cipher. */
  private FieldCipher fixedNonceCipher() {
    return new FieldCipher(keys, NONCE::clone);
  }

  private static DataKeys keysHoldingTheFixedDataKey() {
    byte[] dataKey = new byte[32];
    for (int i = 0; i < dataKey.length; i++) {
      dataKey[i] = (byte) i;
    }
    MasterKeyRing ring = TestKeys.ring(1);
    InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
    store.put(new StoredDataKey(SUBJECT, KEY_ID, ring.wrap(dataKey)));
    return TestKeys.dataKeys(ring, store);
  }
}
