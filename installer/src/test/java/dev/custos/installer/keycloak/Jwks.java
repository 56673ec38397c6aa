package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * A realm's published keys. Keycloak's JWKS holds an encryption key next to the signing key, so a
 * verifier must pick the key by the token's {@code kid}, never take the first one.
 */
record Jwks(JsonNode keys) {

  /** The published key with this {@code kid}. */
  Optional<JsonNode> key(String kid) {
    for (JsonNode key : keys.path("keys")) {
      if (kid.equals(key.path("kid").asText())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Checks an RS256 token's signature with the RSA key its header names. */
  boolean verifies(Jwt token) {
    return key(token.header().path("kid").asText())
        .filter(key -> "RSA".equals(key.path("kty").asText()))
        .map(key -> verify(rsaKey(key), token))
        .orElse(false);
  }

  private static boolean verify(PublicKey key, Jwt token) {
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update(token.signingInput().getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(token.signature());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot verify RS256", e);
    }
  }

  private static PublicKey rsaKey(JsonNode jwk) {
    Base64.Decoder base64 = Base64.getUrlDecoder();
    BigInteger modulus = new BigInteger(1, base64.decode(jwk.path("n").asText()));
    BigInteger exponent = new BigInteger(1, base64.decode(jwk.path("e").asText()));
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Not an RSA public key: " + jwk.path("kid").asText(), e);
    }
  }
}
