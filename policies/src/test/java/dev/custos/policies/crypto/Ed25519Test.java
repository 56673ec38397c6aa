package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519Test {

  private static final HexFormat HEX = HexFormat.of();

  // RFC 8032, section 7.1, TEST 1 (empty message).
  private static final String SECRET_1 =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  private static final String PUBLIC_1 =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
  private static final String SIGNATURE_1 =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  // RFC 8032, section 7.1, TEST 2 (one byte, 0x72).
  private static final String SECRET_2 =
      "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
  private static final String PUBLIC_2 =
      "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
  private static final String SIGNATURE_2 =
      "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

  @Test
  void signsAndVerifiesRfc8032Test1() {
    Ed25519Signer signer = Ed25519Signer.fromSeed(HEX.parseHex(SECRET_1));

    assertThat(HEX.formatHex(signer.verifier().raw())).isEqualTo(PUBLIC_1);
    assertThat(HEX.formatHex(signer.sign(new byte[0]))).isEqualTo(SIGNATURE_1);
    assertThat(
            Ed25519Verifier.fromRaw(HEX.parseHex(PUBLIC_1))
                .verify(new byte[0], HEX.parseHex(SIGNATURE_1)))
        .isTrue();
  }

  @Test
  void signsAndVerifiesRfc8032Test2() {
    Ed25519Signer signer = Ed25519Signer.fromSeed(HEX.parseHex(SECRET_2));
    byte[] message = HEX.parseHex("72");

    assertThat(HEX.formatHex(signer.verifier().raw())).isEqualTo(PUBLIC_2);
    assertThat(HEX.formatHex(signer.sign(message))).isEqualTo(SIGNATURE_2);
    assertThat(
            Ed25519Verifier.fromRaw(HEX.parseHex(PUBLIC_2))
                .verify(message, HEX.parseHex(SIGNATURE_2)))
        .isTrue();
  }

  @Test
  void aChangedMessageOrSignatureOrKeyDoesNotVerify() {
    Ed25519Verifier key = Ed25519Verifier.fromRaw(HEX.parseHex(PUBLIC_2));
    byte[] signature = HEX.parseHex(SIGNATURE_2);
    byte[] flipped = signature.clone();
    flipped[10] ^= 1;

    assertThat(key.verify(HEX.parseHex("73"), signature)).isFalse();
    assertThat(key.verify(HEX.parseHex("72"), flipped)).isFalse();
    assertThat(key.verify(HEX.parseHex("72"), new byte[12])).isFalse();
    assertThat(
            Ed25519Verifier.fromRaw(HEX.parseHex(PUBLIC_1)).verify(HEX.parseHex("72"), signature))
        .isFalse();
  }

  @Test
  void keysSurviveTheirPemEncodings() {
    Ed25519Signer signer = Ed25519Signer.generate(new SecureRandom());
    String privatePem = Pem.encode(Pem.PRIVATE_KEY, signer.pkcs8());
    String publicPem = Pem.encode(Pem.PUBLIC_KEY, signer.verifier().x509());

    Ed25519Signer reloaded = Ed25519Signer.fromPkcs8(Pem.decode(Pem.PRIVATE_KEY, privatePem));
    Ed25519Verifier publicKey = Ed25519Verifier.fromX509(Pem.decode(Pem.PUBLIC_KEY, publicPem));

    byte[] message = "checkpoint".getBytes();
    assertThat(publicKey.verify(message, reloaded.sign(message))).isTrue();
    assertThat(publicKey.keyId()).isEqualTo(signer.verifier().keyId()).hasSize(16);
    assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA");
  }

  @Test
  void refusesWhatIsNotAnEd25519Key() {
    assertThatThrownBy(() -> Ed25519Verifier.fromX509(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ed25519Signer.fromSeed(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pem.decode(Pem.PUBLIC_KEY, "no pem here"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
