package dev.custos.server.identity;

import dev.custos.policies.crypto.PasswordHasher;
import dev.custos.server.identity.store.LocalUserEntity;
import dev.custos.server.identity.store.LocalUserStore;
import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The standalone user directory: sign-in, password changes and user creation. */
@Dependent
@Transactional
public class LocalUsers {

  /** Checked against when a user name is unknown, so both failures take the same time. */
  private static final String DUMMY_HASH = new PasswordHasher().hash("no such user".toCharArray());

  static final int MIN_PASSWORD_LENGTH = 12;

  private final LocalUserStore store;
  private final PasswordHasher hasher;
  private final Clock clock;

  @Inject
  public LocalUsers(LocalUserStore store, Clock clock) {
    this.store = store;
    this.hasher = new PasswordHasher();
    this.clock = clock;
  }

  /** A local user as the rest of the server sees it: never the password hash. */
  public record LocalUser(
      UUID id,
      String username,
      Set<String> roles,
      Set<String> accounts,
      boolean passwordChangeRequired) {}

  /** Returns the user when the password matches; empty for an unknown name or wrong password. */
  public Optional<LocalUser> authenticate(String username, char[] password) {
    Optional<LocalUserEntity> user = store.findByUsername(username);
    if (user.isEmpty()) {
      hasher.verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    LocalUserEntity entity = user.get();
    if (!hasher.verify(password, entity.passwordHash())) {
      return Optional.empty();
    }
    if (hasher.needsRehash(entity.passwordHash())) {
      entity.rehash(hasher.hash(password), clock.instant());
    }
    return Optional.of(view(entity));
  }

  public LocalUser create(
      String username, char[] password, Set<String> roles, Set<String> accounts) {
    if (store.findByUsername(username).isPresent()) {
      throw ProblemException.conflict("user-exists");
    }
    requireStrong(password);
    LocalUserEntity entity =
        new LocalUserEntity(
            UUID.randomUUID(), username, hasher.hash(password), roles, accounts, clock.instant());
    store.add(entity);
    return view(entity);
  }

  /** Changes the password after checking the current one. */
  public void changePassword(String username, char[] current, char[] replacement) {
    LocalUserEntity entity =
        store
            .findByUsername(username)
            .filter(u -> hasher.verify(current, u.passwordHash()))
            .orElseThrow(() -> new ProblemException(401, "invalid-credentials", List.of()));
    requireStrong(replacement);
    entity.changePassword(hasher.hash(replacement), clock.instant());
  }

  public List<LocalUser> list() {
    return store.list().stream().map(LocalUsers::view).toList();
  }

  public boolean isEmpty() {
    return store.count() == 0;
  }

  private static void requireStrong(char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw ProblemException.badRequest("password-too-short", MIN_PASSWORD_LENGTH);
    }
  }

  private static LocalUser view(LocalUserEntity e) {
    return new LocalUser(e.id(), e.username(), e.roles(), e.accounts(), e.passwordChangeRequired());
  }
}
