package dev.custos.server.privacy;

import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The privacy settings of the server, validated when read so that a wrong value stops the start
 * with a message naming the setting.
 *
 * @param policyPack {@value #POLICY_PACK}: {@code gdpr} or {@code pipl}
 * @param phoneRegion {@value #PHONE_REGION}: the region of phone numbers written without a country
 *     code, for blind indexes (ISO 3166 alpha-2)
 * @param keyCacheSize {@value #KEY_CACHE_SIZE}: unwrapped data keys kept in memory
 * @param keyCacheTtl {@value #KEY_CACHE_TTL}: how long an unwrapped data key stays in memory
 * @param blindIndexKeyVersion {@value #BLIND_INDEX_KEY_VERSION}: the master key version the blind
 *     index keys are derived from. Pinned, not the active version: a new active version would
 *     change every digest, and the suppression list would stop recognising erased people.
 */
public record PrivacySettings(
    String policyPack,
    String phoneRegion,
    int keyCacheSize,
    Duration keyCacheTtl,
    int blindIndexKeyVersion) {

  public static final String POLICY_PACK = "custos.privacy.policy-pack";
  public static final String PHONE_REGION = "custos.privacy.phone-region";
  public static final String KEY_CACHE_SIZE = "custos.privacy.key-cache.size";
  public static final String KEY_CACHE_TTL = "custos.privacy.key-cache.ttl";
  public static final String BLIND_INDEX_KEY_VERSION = "custos.privacy.blind-index.key-version";

  public PrivacySettings {
    Objects.requireNonNull(policyPack, POLICY_PACK);
    Objects.requireNonNull(phoneRegion, PHONE_REGION);
    Objects.requireNonNull(keyCacheTtl, KEY_CACHE_TTL);
    policyPack = policyPack.strip().toLowerCase(Locale.ROOT);
    phoneRegion = phoneRegion.strip().toUpperCase(Locale.ROOT);
    if (!policyPack.equals("gdpr") && !policyPack.equals("pipl")) {
      throw new IllegalArgumentException(POLICY_PACK + " must be gdpr or pipl");
    }
    if (!phoneRegion.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(PHONE_REGION + " must be a two-letter region code");
    }
    if (keyCacheSize < 1) {
      throw new IllegalArgumentException(KEY_CACHE_SIZE + " must be 1 or more");
    }
    if (keyCacheTtl.isNegative() || keyCacheTtl.isZero()) {
      throw new IllegalArgumentException(KEY_CACHE_TTL + " must be a positive duration");
    }
    if (blindIndexKeyVersion < 1) {
      throw new IllegalArgumentException(BLIND_INDEX_KEY_VERSION + " must be 1 or more");
    }
  }

  /** The shipped policy pack this installation runs under. */
  public PolicyPack pack() {
    return policyPack.equals("pipl") ? PolicyPacks.pipl() : PolicyPacks.gdpr();
  }
}
