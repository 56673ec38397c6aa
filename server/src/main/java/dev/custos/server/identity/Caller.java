package dev.custos.server.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request, read from the validated token: user name, roles,
 * and the accounts an account-team member may see.
 */
@RequestScoped
public class Caller {

  static final String ACCOUNTS_CLAIM = "accounts";

  private final JsonWebToken token;

  @Inject
  public Caller(JsonWebToken token) {
    this.token = token;
  }

  /** For CDI client proxies only. */
  protected Caller() {
    this.token = null;
  }

  /** The token's subject (a pseudonymous user id). */
  public String subject() {
    return token.getSubject();
  }

  public String userName() {
    return token.getName();
  }

  /** The caller's Custos roles in name order; groups that are not Custos roles are left out. */
  public List<String> roles() {
    if (token.getGroups() == null) {
      return List.of();
    }
    return token.getGroups().stream().filter(Role.ALL::contains).sorted().toList();
  }

  public boolean hasRole(String role) {
    return token.getGroups() != null && token.getGroups().contains(role);
  }

  /**
   * The account external ids this caller is limited to, or empty when the caller may see every
   * account. Only members of an account team who hold no wider role are limited.
   */
  public Optional<Set<String>> accountScope() {
    if (hasRole(Role.CX_ADMIN) || hasRole(Role.ANALYST) || !hasRole(Role.ACCOUNT_TEAM)) {
      return Optional.empty();
    }
    return Optional.of(accountsClaim());
  }

  /** True when the caller may see the account with this external id. */
  public boolean maySee(String accountExternalId) {
    return accountScope().map(scope -> scope.contains(accountExternalId)).orElse(true);
  }

  private Set<String> accountsClaim() {
    Object claim = token.getClaim(ACCOUNTS_CLAIM);
    if (claim instanceof JsonArray array) {
      return array.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .collect(Collectors.toUnmodifiableSet());
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
    if (claim instanceof String single) {
      return Set.of(single);
    }
    return Set.of();
  }
}
