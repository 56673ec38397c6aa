package dev.custos.benchmarks.erasure;

import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.erasure.Eraser;
import dev.custos.server.erasure.ErasureEvidence;
import dev.custos.server.erasure.ErasureJournal;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The latency of one erasure, as the server runs it (one transaction: find the key, count the
 * subject's records, shred, suppress, forget, journal line synced to disk, evidence, audit events),
 * with 10k, 100k and 1M stored records in the database. Each call erases another subject; after it,
 * untimed, the subject is put back so the pool never runs out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ErasureBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int records;

  private BenchDatabase database;
  private EntityManagerFactory emf;
  private Path journalDir;
  private ErasureJournal journal;
  private MasterKeyRing ring;
  private DataKeyCache cache;
  private final Clock clock = Clock.systemUTC();
  private int subjects;
  private int next;
  private long requests;
  private boolean erased;
  private Connection reinstating;

  @Setup(Level.Trial)
  public void load() throws SQLException, IOException {
    database = new BenchDatabase("custos_bench_erasure_" + records);
    database.load(records);
    emf = database.entityManagerFactory();
    reinstating = database.connection();
    subjects = records / BenchDatabase.RECORDS_PER_SUBJECT;
    byte[] kek = new byte[32];
    Arrays.fill(kek, (byte) 7);
    ring = MasterKeyRing.latestActive(List.of(new SoftwareMasterKey(1, kek)));
    cache = new DataKeyCache(1_000, Duration.ofMinutes(5), clock);
    journalDir = Files.createTempDirectory("custos-erasure-bench");
    journal = new ErasureJournal(journalDir.resolve("erasures.journal"), ring);
  }

  /**
   * The floor of any audited write: one transaction that appends one audit event and commits. Under
   * the same load as {@link #erase}, so their ratio is what the erasure itself adds.
   */
  @Benchmark
  public void baseline() {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      new AuditEventStore(em)
          .append(
              "bench",
              "compliance-officer",
              dev.custos.server.audit.AuditEvent.success("bench.baseline", "subject", "none"),
              clock.instant());
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Benchmark
  public ErasureEvidence erase() {
    erased = true;
    String subject = BenchDatabase.subjectIdValue(next + 1);
    String reference = "BENCH-" + records + "-" + requests++;
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      JpaSubjectKeyStore keys = new JpaSubjectKeyStore(em, clock);
      AuditEventStore audit = new AuditEventStore(em);
      ErasureEvidence evidence =
          new Eraser(
                  em,
                  keys,
                  new DataKeys(ring, keys, cache, new SecureRandom()),
                  journal,
                  clock,
                  event -> audit.append("bench", "compliance-officer", event, clock.instant()))
              .erase(subject, reference);
      em.getTransaction().commit();
      return evidence;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @TearDown(Level.Invocation)
  public void reinstate() throws SQLException {
    if (!erased) {
      return;
    }
    erased = false;
    database.reinstate(reinstating, next + 1);
    next = (next + 1) % subjects;
  }

  @TearDown(Level.Trial)
  public void drop() throws SQLException, IOException {
    emf.close();
    reinstating.close();
    database.drop();
    try (var files = Files.list(journalDir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(journalDir);
  }
}
