package dev.custos.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deny by default: every endpoint of the OpenAPI document refuses a caller without a valid token,
 * and a token is valid only when Custos's key signed it for Custos, unexpired.
 */
@ExtendWith(CustosServer.class)
class SecurityIT {

  private static final Map<String, Integer> PUBLIC_ENDPOINTS =
      Map.of(
          "POST /api/v1/auth/token",
          400,
          "GET /api/v1/auth/jwks",
          200,
          // Anyone verifies a consent receipt offline with these keys.
          "GET /api/v1/consent/receipts/jwks",
          200);

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);

  @Test
  void everyDocumentedEndpointRefusesCallsWithoutAToken() {
    List<String> endpoints = documentedEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(8);

    for (String endpoint : endpoints) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path =
          endpoint
              .substring(endpoint.indexOf(' ') + 1)
              // Any path parameter ({id}, {reference}, ...) gets a value that names nothing.
              .replaceAll("\\{[^}/]+}", UUID.randomUUID().toString());
      Api.Reply reply = api.send(method, path, null);

      int expected = PUBLIC_ENDPOINTS.getOrDefault(endpoint, 401);
      assertThat(reply.status()).as(endpoint).isEqualTo(expected);
      if (expected == 401) {
        assertThat(reply.header("Content-Type"))
            .as(endpoint)
            .startsWith("application/problem+json");
        assertThat(reply.json().getString("title")).isEqualTo("Not signed in");
      }
    }
  }

  @Test
  void aTokenSignedWithTheServersKeyIsAccepted() throws Exception {
    // The control for the refusals below: the same construction, valid, is accepted.
    assertThat(api.get("/api/v1/accounts", sign(serverKey(), claims().build())).status())
        .isEqualTo(200);
  }

  @Test
  void tokensSignedByAnotherKeyAreRefused() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();

    assertThat(api.get("/api/v1/accounts", sign(stranger, claims().build())).status())
        .isEqualTo(401);
  }

  @Test
  void expiredTokensAreRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(3600);
    JWTClaimsSet expired =
        claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))).build();

    assertThat(api.get("/api/v1/accounts", sign(serverKey(), expired)).status()).isEqualTo(401);
  }

  @Test
  void tokensForAnotherIssuerOrAudienceAreRefused() throws Exception {
    assertThat(
            api.get(
                    "/api/v1/accounts",
                    sign(serverKey(), claims().issuer("https://evil.example").build()))
                .status())
        .isEqualTo(401);
    assertThat(
            api.get("/api/v1/accounts", sign(serverKey(), claims().audience("other-api").build()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void aValidTokenWithoutTheRoleIsForbiddenAndUnknownRolesGrantNothing() throws Exception {
    String token =
        sign(serverKey(), claims().claim("groups", List.of("offline_access", "superuser")).build());

    Api.Reply reply = api.get("/api/v1/accounts", token);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("/api/v1/accounts", sign(serverKey(), claims().build())).status())
        .isEqualTo(200);
  }

  @Test
  void rolesAreEnforcedPerEndpoint() {
    String admin = api.adminToken(server);
    String analyst = api.userToken(admin, Role.ANALYST);
    String auditor = api.userToken(admin, Role.AUDITOR);

    JsonObject account =
        Json.createObjectBuilder()
            .add("externalId", "SEC-" + UUID.randomUUID().toString().substring(0, 6))
            .add("name", "X")
            .build();
    assertThat(api.post("/api/v1/accounts", analyst, account).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/metrics/nps", analyst).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/metrics/nps", auditor).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/users", analyst).status()).isEqualTo(403);
  }

  @Test
  void wrongPasswordsAreRefusedWithoutSayingWhichPartWasWrong() {
    Api.Reply unknownUser = api.signIn("nobody-" + UUID.randomUUID(), "whatever-password");
    Api.Reply wrongPassword = api.signIn("admin", "not-the-password");

    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.json().getString("detail"))
        .isEqualTo(wrongPassword.json().getString("detail"));
  }

  @Test
  void repeatedFailedSignInsAreSlowedForThatUserOnly() {
    String admin = api.adminToken(server);
    String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
    api.post(
        "/api/v1/users",
        admin,
        Json.createObjectBuilder()
            .add("username", name)
            .add("initialPassword", "the-right-password")
            .add("roles", Json.createArrayBuilder().add(Role.ANALYST))
            .build());
    for (int i = 0; i < 5; i++) {
      assertThat(api.signIn(name, "guess-" + i).status()).isEqualTo(401);
    }

    Api.Reply throttled = api.signIn(name, "the-right-password");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
    assertThat(throttled.json().getString("title")).isEqualTo("Too many failed sign-ins");
    assertThat(api.signIn("admin", "still-wrong").status()).isEqualTo(401);
  }

  @Test
  void theTokenCarriesKeycloaksClaimNames() throws Exception {
    String admin = api.adminToken(server);

    JWTClaimsSet claims = SignedJWT.parse(admin).getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo("urn:custos:standalone");
    assertThat(claims.getAudience()).containsExactly("custos-api");
    assertThat(claims.getStringClaim("upn")).isEqualTo("admin");
    assertThat(claims.getStringListClaim("groups")).containsExactly(Role.CX_ADMIN);
    assertThat(claims.getExpirationTime()).isBefore(Date.from(Instant.now().plusSeconds(16 * 60)));
    assertThat(api.get("/api/v1/auth/jwks", null).json().getJsonArray("keys")).hasSize(1);
  }

  private JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("urn:custos:standalone")
        .audience("custos-api")
        .subject(UUID.randomUUID().toString())
        .claim("upn", "tester")
        .claim("groups", List.of(Role.ANALYST))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString());
  }

  /** The server's own signing key, read from its data directory as an insider could. */
  private RSAKey serverKey() throws Exception {
    Path keys = server.dataDir().resolve("keys");
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    var privateKey =
        rsa.generatePrivate(
            new PKCS8EncodedKeySpec(der(keys.resolve("token-signing-private.pem"))));
    var publicKey =
        (RSAPublicKey)
            rsa.generatePublic(
                new X509EncodedKeySpec(der(keys.resolve("token-signing-public.pem"))));
    return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
  }

  private static byte[] der(Path pem) throws Exception {
    String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private List<String> documentedEndpoints() {
    String json = api.get("/openapi?format=JSON", null).body();
    JsonObject paths =
        Json.createReader(new StringReader(json)).readObject().getJsonObject("paths");
    List<String> endpoints = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> endpoints.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
    return endpoints;
  }
}
