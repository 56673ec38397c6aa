package dev.custos.policies.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of the chain: {@code hash = SHA-256(prev_hash || canonical(event))}, written as 64
 * lower-case hex digits. Changing any field of an event, or the event before it, changes the hash.
 */
public final class ChainHash {

  /** The {@code prev_hash} of the first event: 32 zero bytes. */
  public static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();

  private ChainHash() {}

  /** The hash of an event that follows the event whose hash is {@code prevHash}. */
  public static String next(String prevHash, EventFields fields) {
    MessageDigest sha256 = sha256();
    sha256.update(bytes(prevHash));
    sha256.update(fields.canonical());
    return HEX.formatHex(sha256.digest());
  }

  /** True for 64 lower-case hex digits, the only form a stored hash may take. */
  public static boolean isWellFormed(String hash) {
    return hash != null && hash.length() == 64 && hash.chars().allMatch(ChainHash::isLowerHex);
  }

  static byte[] bytes(String hash) {
    if (!isWellFormed(hash)) {
      throw new IllegalArgumentException("A chain hash is 64 lower-case hex digits");
    }
    return HEX.parseHex(hash);
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
