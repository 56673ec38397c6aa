package dev.custos.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs short-lived access tokens for standalone users with the claims an OIDC provider such as
 * Keycloak issues: {@code iss}, {@code sub}, {@code aud}, {@code upn}, {@code groups} (the roles)
 * and {@code accounts} (the account external ids of an account team).
 */
@ApplicationScoped
public class TokenIssuer {

  private final SigningKeys keys;
  private final Clock clock;
  private final String issuer;
  private final String audience;
  private final Duration lifetime;

  @Inject
  public TokenIssuer(
      SigningKeys keys,
      Clock clock,
      @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") String audiences,
      @ConfigProperty(name = "custos.identity.token-lifetime") Duration lifetime) {
    this.keys = keys;
    this.clock = clock;
    this.issuer = issuer;
    this.audience = audiences.split(",")[0].trim();
    this.lifetime = lifetime;
  }

  /** For CDI client proxies only. */
  protected TokenIssuer() {
    this.keys = null;
    this.clock = null;
    this.issuer = null;
    this.audience = null;
    this.lifetime = null;
  }

  /** An issued token and how long it lasts. */
  public record IssuedToken(String value, Duration lifetime) {
    @Override
    public String toString() {
      return "IssuedToken[***]";
    }
  }

  public IssuedToken issue(UUID subject, String userName, Set<String> roles, Set<String> accounts) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject.toString())
            .audience(audience)
            .claim("upn", userName)
            .claim("preferred_username", userName)
            .claim("groups", List.copyOf(roles))
            .claim(Caller.ACCOUNTS_CLAIM, List.copyOf(accounts))
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    var key = keys.signingKey();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token with the installation's key", e);
    }
    return new IssuedToken(jwt.serialize(), lifetime);
  }
}
