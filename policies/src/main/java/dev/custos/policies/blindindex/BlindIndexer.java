package dev.custos.policies.blindindex;

import dev.custos.policies.keys.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes blind indexes: HMAC-SHA-256 under the kind's key over the normalised value, written as
 * unpadded Base64url (43 characters). The keys come from the caller (derived from the master key
 * per kind), so this class never sees the master key. Thread-safe.
 */
public final class BlindIndexer {

  private static final String HMAC = "HmacSHA256";

  private final Map<IndexKind, SecretKeySpec> keys = new EnumMap<>(IndexKind.class);
  private final String defaultPhoneRegion;
  private final ThreadLocal<Map<IndexKind, Mac>> macs = ThreadLocal.withInitial(this::newMacs);

  /**
   * @param keyForKind the 32-byte key of each kind (copied; the caller may zero its array)
   * @param defaultPhoneRegion ISO 3166 region for phone numbers written without country code
   */
  public BlindIndexer(Function<IndexKind, byte[]> keyForKind, String defaultPhoneRegion) {
    for (IndexKind kind : IndexKind.values()) {
      byte[] key = Objects.requireNonNull(keyForKind.apply(kind), "key of " + kind.id());
      if (key.length < 32) {
        throw new IllegalArgumentException("The blind index key of " + kind.id() + " is too short");
      }
      keys.put(kind, new SecretKeySpec(key, HMAC));
    }
    this.defaultPhoneRegion = Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
  }

  /**
   * An indexer whose key per kind is derived from the master key ({@code blind-index/<kind>}), so
   * index keys are never stored: whoever holds the master key can compute them again.
   */
  public static BlindIndexer fromMasterKey(MasterKey masterKey, String defaultPhoneRegion) {
    return new BlindIndexer(
        kind -> masterKey.derive("blind-index/" + kind.id(), 32), defaultPhoneRegion);
  }

  /** The index of an e-mail address, or empty if it is not one. */
  public Optional<String> email(String raw) {
    return Normalization.email(raw).map(v -> digest(IndexKind.EMAIL, v));
  }

  /** The index of a phone number in E.164 form, or empty if it is not one. */
  public Optional<String> phone(String raw) {
    return Normalization.phone(raw, defaultPhoneRegion).map(v -> digest(IndexKind.PHONE, v));
  }

  /** The index of a Chinese resident ID number, or empty if its check digit is wrong. */
  public Optional<String> chineseResidentId(String raw) {
    return Normalization.chineseResidentId(raw).map(v -> digest(IndexKind.CN_RESIDENT_ID, v));
  }

  /** The index of a value already in canonical form for its kind. */
  public String digest(IndexKind kind, String normalised) {
    Mac mac = macs.get().get(kind);
    byte[] out = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
  }

  private Map<IndexKind, Mac> newMacs() {
    Map<IndexKind, Mac> perKind = new EnumMap<>(IndexKind.class);
    try {
      for (var entry : keys.entrySet()) {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(entry.getValue());
        perKind.put(entry.getKey(), mac);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available on this JVM", e);
    }
    return perKind;
  }

  @Override
  public String toString() {
    return "BlindIndexer[kinds=" + Arrays.toString(IndexKind.values()) + "]";
  }
}
