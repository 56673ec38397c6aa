package dev.custos.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import dev.custos.server.platform.DataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receipt key: made once, owner-only, and published so that a JOSE library verifies it. */
class ReceiptKeysTest {

  @TempDir Path data;

  @Test
  void theKeyIsMadeOnceOwnerOnlyAndItsSignaturesVerifyWithThePublishedSet() throws Exception {
    ReceiptKeys keys = new ReceiptKeys(new DataDirectory(data.toString()));
    String signingInput =
        new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.keyId()).build().toBase64URL()
            + "."
            + Base64URL.encode("{\"state\":\"given\"}".getBytes(StandardCharsets.UTF_8));

    byte[] signature = keys.sign(signingInput.getBytes(StandardCharsets.US_ASCII));

    Path privateKey = data.resolve("keys").resolve(ReceiptKeys.PRIVATE_FILE);
    assertThat(Files.getPosixFilePermissions(privateKey))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    JWKSet published = JWKSet.parse(keys.publicKeys().toString());
    ECKey key = (ECKey) published.getKeyByKeyId(keys.keyId());
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.computeThumbprint().toString()).isEqualTo(keys.keyId());
    JWSObject jws = JWSObject.parse(signingInput + "." + Base64URL.encode(signature));
    assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
    assertThat(jws.getPayload().toString())
        .isEqualTo(new Payload("{\"state\":\"given\"}").toString());
    assertThat(new ReceiptKeys(new DataDirectory(data.toString())).keyId())
        .as("the same key after a restart")
        .isEqualTo(keys.keyId());
    assertThat(keys.toString()).doesNotContain("PRIVATE");
  }
}
