package dev.custos.benchmarks;

import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.subject.SubjectId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encrypt + decrypt of a 64-byte field: Custos's envelope (key look-up, associated data, header)
 * against bare JDK AES-256-GCM with a fresh random nonce and the same associated-data length. Goal:
 * at least 0.7 of the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FieldEncryptionBenchmark {

  private static final String VALUE = "Wang Fang, 王芳, +86 138 0013 8000, wang.fang@example.com, 1";
  private final SecureRandom random = new SecureRandom();
  private final byte[] plain = VALUE.getBytes(StandardCharsets.UTF_8);
  private final byte[] nonce = new byte[12];
  private byte[] aad;
  private SecretKeySpec key;
  private Cipher jdk;
  private FieldCipher cipher;
  private FieldContext context;

  @Setup
  public void setUp() throws GeneralSecurityException {
    key = new SecretKeySpec(new byte[32], "AES");
    jdk = Cipher.getInstance("AES/GCM/NoPadding");
    cipher = new FieldCipher(BenchmarkKeys.dataKeys());
    SubjectId subject = SubjectId.random();
    context = new FieldContext("contact", "display_name", subject);
    aad = ("contact" + "display_name" + subject.value() + "hdr").getBytes(StandardCharsets.UTF_8);
    cipher.encryptText(context, VALUE);
  }

  @Benchmark
  public byte[] baseline() throws GeneralSecurityException {
    random.nextBytes(nonce);
    jdk.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    jdk.updateAAD(aad);
    byte[] sealed = jdk.doFinal(plain);
    jdk.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    jdk.updateAAD(aad);
    return jdk.doFinal(sealed);
  }

  @Benchmark
  public Decryption<String> fieldCipher() {
    return cipher.decryptText(context, cipher.encryptText(context, VALUE));
  }
}
