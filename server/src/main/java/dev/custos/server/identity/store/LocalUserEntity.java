package dev.custos.server.identity.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A user of the standalone identity mode. The password is stored only as an Argon2id hash. */
@Entity
@Table(name = "local_user")
public class LocalUserEntity {

  @Id private UUID id;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "local_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 32)
  private Set<String> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "local_user_account", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "account_external_id", length = 64)
  private Set<String> accounts = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected LocalUserEntity() {}

  public LocalUserEntity(
      UUID id,
      String username,
      String passwordHash,
      Set<String> roles,
      Set<String> accounts,
      Instant now) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
    this.passwordChangeRequired = true;
    this.roles = new HashSet<>(roles);
    this.accounts = new HashSet<>(accounts);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public Set<String> accounts() {
    return Set.copyOf(accounts);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = false;
    this.updatedAt = now;
  }

  /** Replaces an outdated hash of the same password with a stronger one. */
  public void rehash(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.updatedAt = now;
  }
}
