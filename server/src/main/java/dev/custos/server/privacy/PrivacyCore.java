package dev.custos.server.privacy;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKey;
import dev.custos.policies.keys.MasterKeyException;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the privacy core's objects, one of each per server. They are {@code @Singleton}, not
 * {@code @ApplicationScoped}: the core's classes are final (they hold keys and must not be
 * subclassed), so CDI cannot proxy them; all are thread-safe and built once.
 */
@ApplicationScoped
public class PrivacyCore {

  @Produces
  @Singleton
  PrivacySettings settings(
      @ConfigProperty(name = PrivacySettings.POLICY_PACK, defaultValue = "gdpr") String pack,
      @ConfigProperty(name = PrivacySettings.PHONE_REGION, defaultValue = "CN") String region,
      @ConfigProperty(name = PrivacySettings.KEY_CACHE_SIZE, defaultValue = "10000") int cacheSize,
      @ConfigProperty(name = PrivacySettings.KEY_CACHE_TTL, defaultValue = "PT5M") Duration ttl,
      @ConfigProperty(name = PrivacySettings.BLIND_INDEX_KEY_VERSION, defaultValue = "1")
          int indexKeyVersion) {
    return new PrivacySettings(pack, region, cacheSize, ttl, indexKeyVersion);
  }

  @Produces
  @Singleton
  MasterKeyRing ring(MasterKeys masterKeys) {
    return masterKeys.ring();
  }

  /** Data keys over the database; the key store joins the caller's transaction. */
  @Produces
  @Singleton
  DataKeys dataKeys(
      MasterKeyRing ring, TransactionalKeyStore keyStore, Clock clock, PrivacySettings settings) {
    return new DataKeys(
        ring,
        keyStore,
        new DataKeyCache(settings.keyCacheSize(), settings.keyCacheTtl(), clock),
        new SecureRandom());
  }

  @Produces
  @Singleton
  FieldCipher fieldCipher(DataKeys dataKeys) {
    return new FieldCipher(dataKeys);
  }

  /**
   * Index keys are derived from one pinned master key version, so they are never stored and do not
   * change when a rotation activates a new version (digests in the database would stop matching).
   */
  @Produces
  @Singleton
  BlindIndexer blindIndexer(MasterKeyRing ring, PrivacySettings settings) {
    int version = settings.blindIndexKeyVersion();
    MasterKey key =
        ring.version(version)
            .orElseThrow(
                () ->
                    new MasterKeyException(
                        PrivacySettings.BLIND_INDEX_KEY_VERSION
                            + " names master key version "
                            + version
                            + ", which the key store does not hold"));
    return BlindIndexer.fromMasterKey(key, settings.phoneRegion());
  }

  @Produces
  @Singleton
  PolicyPack policyPack(PrivacySettings settings) {
    return settings.pack();
  }

  @Produces
  @Singleton
  FieldClassPolicy fieldClassPolicy(PolicyPack pack) {
    return FieldClassPolicy.of(pack);
  }

  @Produces
  @Singleton
  RetentionPlanner retentionPlanner() {
    return new RetentionPlanner(RetentionRules.defaults());
  }

  @Produces
  @Singleton
  PiiScanner piiScanner() {
    return new PiiScanner();
  }

  @Produces
  @Singleton
  PrivacyGate privacyGate(
      FieldClassPolicy classes,
      FieldCipher cipher,
      BlindIndexer indexer,
      PiiScanner scanner,
      RetentionPlanner retention,
      Clock clock) {
    return new PrivacyGate(classes, cipher, indexer, scanner, retention, clock);
  }
}
