package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A compact JWS split into its parts. Decoding checks nothing; {@link Jwks} checks the signature.
 *
 * @param header the decoded JOSE header
 * @param payload the decoded claims
 * @param signingInput {@code header.payload} as sent, the bytes the signature covers
 * @param signature the raw signature bytes
 */
record Jwt(JsonNode header, JsonNode payload, String signingInput, byte[] signature) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Jwt decode(String compact) {
    LogCanary.token(compact);
    String[] parts = compact.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a compact JWS: " + parts.length + " parts");
    }
    Base64.Decoder base64 = Base64.getUrlDecoder();
    return new Jwt(
        parse(base64.decode(parts[0])),
        parse(base64.decode(parts[1])),
        parts[0] + "." + parts[1],
        base64.decode(parts[2]));
  }

  String claim(String name) {
    return payload.path(name).asText();
  }

  /**
   * A claim as a list: JWT lets a single value stand for a one-element array ({@code aud} is
   * written either way).
   */
  List<String> claimValues(String name) {
    JsonNode claim = payload.path(name);
    List<String> values = new ArrayList<>();
    if (claim.isArray()) {
      claim.forEach(value -> values.add(value.asText()));
    } else if (claim.isTextual()) {
      values.add(claim.asText());
    }
    return values;
  }

  private static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("A token part is not JSON", e);
    }
  }
}
