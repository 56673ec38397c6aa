package dev.custos.policies.blindindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlindIndexerTest {

  private static final byte[] KEY =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

  private final BlindIndexer indexer = new BlindIndexer(kind -> KEY, "CN");

  @Test
  void digestIsHmacSha256InBase64url() {
    // openssl dgst -sha256 -mac HMAC -macopt hexkey:0001..1f over "li.wei@example.com"
    assertThat(indexer.email("Li.Wei@Example.com"))
        .hasValue("jtrGwic9SLdeTYziR2PjK1M3tjZC8X9TM__uAUb0HgY");
  }

  @Test
  void theSamePhoneWrittenDifferentlyHasOneIndex() {
    assertThat(indexer.phone("138-0013-8000"))
        .isPresent()
        .isEqualTo(indexer.phone("+86 138 0013 8000"))
        .isEqualTo(indexer.phone("0086 13800138000"));
  }

  @Test
  void eachKindHasItsOwnKey() {
    byte[] other = KEY.clone();
    other[0] ^= 1;
    var separate = new BlindIndexer(kind -> kind == IndexKind.EMAIL ? KEY : other, "CN");

    assertThat(separate.digest(IndexKind.PHONE, "x"))
        .isNotEqualTo(separate.digest(IndexKind.EMAIL, "x"));
    assertThat(separate.digest(IndexKind.EMAIL, "x"))
        .isEqualTo(indexer.digest(IndexKind.EMAIL, "x"));
  }

  @Test
  void keysDerivedFromTheMasterKeyDifferPerKindAndPerMasterKey() {
    var first = BlindIndexer.fromMasterKey(dev.custos.policies.keys.TestKeys.masterKey(1), "CN");
    var again = BlindIndexer.fromMasterKey(dev.custos.policies.keys.TestKeys.masterKey(1), "CN");
    var other = BlindIndexer.fromMasterKey(dev.custos.policies.keys.TestKeys.masterKey(2), "CN");

    assertThat(first.digest(IndexKind.EMAIL, "x")).isEqualTo(again.digest(IndexKind.EMAIL, "x"));
    assertThat(first.digest(IndexKind.EMAIL, "x")).isNotEqualTo(first.digest(IndexKind.PHONE, "x"));
    assertThat(first.digest(IndexKind.EMAIL, "x")).isNotEqualTo(other.digest(IndexKind.EMAIL, "x"));
  }

  @Test
  void invalidValuesHaveNoIndex() {
    assertThat(indexer.email("not an e-mail")).isEmpty();
    assertThat(indexer.chineseResidentId("110105194912310021")).isEmpty();
  }

  @Property
  void emailIndexIsStableUnderCaseAndWhiteSpace(
      @ForAll("emails") String email,
      @ForAll("spaces") String before,
      @ForAll("spaces") String after) {
    String variant = before + email.toUpperCase(Locale.ROOT) + after;

    assertThat(indexer.email(variant)).isEqualTo(indexer.email(email)).isPresent();
  }

  @Property
  void everyIdWithItsComputedCheckCharacterIsIndexed(@ForAll("first17") String first17) {
    String id = first17 + ChineseResidentIds.checkCharacter(first17);

    assertThat(indexer.chineseResidentId(id)).isPresent();
    assertThat(indexer.chineseResidentId(first17 + (id.charAt(17) == '0' ? '1' : '0'))).isEmpty();
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('.', '_', '+')
            .ofMinLength(1)
            .ofMaxLength(20)
            .filter(s -> Character.isLetter(s.charAt(0)));
    Arbitrary<String> domain =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d + ".com");
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.strings().withChars(' ', '\t', '\u3000').ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> first17() {
    return Arbitraries.strings().numeric().ofLength(17);
  }
}
