package dev.custos.policies.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes local users' passwords with Argon2id (RFC 9106), a memory-hard function, and verifies them
 * in constant time.
 *
 * <p>Hashes are stored in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}) so
 * that the cost can be raised later without invalidating existing hashes: each hash carries the
 * parameters it was made with, and {@link #needsRehash} tells when a stored hash is weaker than the
 * current policy.
 */
public final class PasswordHasher {

  /** OWASP's minimum for Argon2id: 19 MiB of memory, two passes, one lane. */
  public static final Cost DEFAULT_COST = new Cost(19 * 1024, 2, 1);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final Cost cost;
  private final SecureRandom random;

  public PasswordHasher() {
    this(DEFAULT_COST, new SecureRandom());
  }

  public PasswordHasher(Cost cost, SecureRandom random) {
    this.cost = Objects.requireNonNull(cost, "cost");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Argon2id cost parameters: memory in KiB, iterations and parallelism. */
  public record Cost(int memoryKib, int iterations, int parallelism) {
    public Cost {
      if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
        throw new IllegalArgumentException("Argon2id cost too low: " + this);
      }
    }
  }

  /** Returns a PHC-formatted Argon2id hash of the password with a fresh random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, cost, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            cost.memoryKib(),
            cost.iterations(),
            cost.parallelism(),
            B64.encodeToString(salt),
            B64.encodeToString(hash));
  }

  /**
   * Checks a password against a stored hash. A malformed stored hash never matches; it is not an
   * error, because the caller must answer "wrong password" either way.
   */
  public boolean verify(char[] password, String storedHash) {
    Matcher m = PHC.matcher(storedHash == null ? "" : storedHash);
    if (!m.matches()) {
      return false;
    }
    Cost stored =
        new Cost(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    byte[] salt = B64_DECODER.decode(m.group(4));
    byte[] expected = B64_DECODER.decode(m.group(5));
    byte[] actual = derive(password, salt, stored, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** True when the stored hash was made with a lower cost than this hasher's. */
  public boolean needsRehash(String storedHash) {
    Matcher m = PHC.matcher(storedHash == null ? "" : storedHash);
    return !m.matches()
        || Integer.parseInt(m.group(1)) < cost.memoryKib()
        || Integer.parseInt(m.group(2)) < cost.iterations();
  }

  private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] secret = toUtf8(password);
    try {
      byte[] out = new byte[length];
      generator.generateBytes(secret, out);
      return out;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] toUtf8(char[] password) {
    var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    if (buffer.hasArray()) {
      Arrays.fill(buffer.array(), (byte) 0);
    }
    return bytes;
  }
}
