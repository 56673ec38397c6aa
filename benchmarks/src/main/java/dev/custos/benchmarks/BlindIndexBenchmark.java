package dev.custos.benchmarks;

import dev.custos.policies.blindindex.BlindIndexer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Blind index of an e-mail (normalise + HMAC) against a bare JDK HMAC-SHA-256 of its bytes. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BlindIndexBenchmark {

  private static final String EMAIL = " Li.Wei@Example.COM";
  private final byte[] key = new byte[32];
  private BlindIndexer indexer;
  private Mac mac;

  @Setup
  public void setUp() throws GeneralSecurityException {
    indexer = new BlindIndexer(kind -> key, "CN");
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
  }

  @Benchmark
  public byte[] baseline() {
    return mac.doFinal(EMAIL.getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public Optional<String> emailIndex() {
    return indexer.email(EMAIL);
  }

  @Benchmark
  public Optional<String> phoneIndex() {
    return indexer.phone("138-0013-8000");
  }
}
