package dev.custos.server.account.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A B2B account as stored. */
@Entity
@Table(name = "account")
public class AccountEntity {

  @Id private UUID id;

  @Column(name = "external_id", nullable = false, length = 64)
  private String externalId;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "tier", length = 40)
  private String tier;

  @Column(name = "region", length = 64)
  private String region;

  @Column(name = "industry", length = 100)
  private String industry;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected AccountEntity() {}

  public AccountEntity(UUID id, String externalId, Instant now) {
    this.id = id;
    this.externalId = externalId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Sets the descriptive fields; the external id never changes. */
  public void describe(String name, String tier, String region, String industry, Instant now) {
    this.name = name;
    this.tier = tier;
    this.region = region;
    this.industry = industry;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public String name() {
    return name;
  }

  public String tier() {
    return tier;
  }

  public String region() {
    return region;
  }

  public String industry() {
    return industry;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
