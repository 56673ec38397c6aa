package dev.custos.installer.keycloak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636): the client keeps the verifier and sends its S256 challenge.
 *
 * @param verifier the secret the token request proves possession of
 * @param challenge {@code BASE64URL(SHA-256(verifier))}
 */
record Pkce(String verifier, String challenge) {

  private static final SecureRandom RANDOM = new SecureRandom();

  static Pkce generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Pkce(verifier, challengeOf(verifier));
  }

  static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
