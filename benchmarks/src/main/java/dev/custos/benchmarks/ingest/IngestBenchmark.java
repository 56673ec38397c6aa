package dev.custos.benchmarks.ingest;

import dev.custos.connectors.ingest.RunCounts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the ingest benchmark: rounds alternate a plain batched JDBC insert of the rows (the
 * baseline), the same insert with the personal fields encrypted by AES-256-GCM under one key (for
 * reference) and the whole connector path into a freshly migrated schema, and the medians are
 * compared. Usage: {@code IngestBenchmark [rows] [rounds] [per-call]}; {@code per-call} measures
 * the path without a transaction around each page, every port call committing on its own.
 * PostgreSQL from {@code CUSTOS_BENCH_POSTGRES_URL}, else {@code CUSTOS_TEST_POSTGRES_URL}, else
 * the local server's {@code test} database.
 */
public final class IngestBenchmark {

  private static final int PAGE_SIZE = 1_000;

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean pageTransaction = !(args.length > 2 && args[2].equals("per-call"));
    String url = url();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        "Ingest benchmark: %,d rows, pages of %,d, %d rounds, %s%n",
        rows,
        PAGE_SIZE,
        rounds,
        pageTransaction ? "one transaction per page" : "one transaction per port call");
    List<Double> plain = new ArrayList<>();
    List<Double> encrypted = new ArrayList<>();
    List<Double> full = new ArrayList<>();
    // A first, smaller round of each warms up the JIT, Hibernate and the connection.
    plainRound(url, Math.min(rows, 20_000));
    encryptedRound(url, Math.min(rows, 20_000));
    fullRound(url, Math.min(rows, 2_000), pageTransaction);
    for (int round = 1; round <= rounds; round++) {
      double p = plainRound(url, rows);
      double e = encryptedRound(url, rows);
      double f = fullRound(url, rows, pageTransaction);
      plain.add(p);
      encrypted.add(e);
      full.add(f);
      out.printf(
          "round %d: plain JDBC %,.0f rows/s, AES-GCM + JDBC %,.0f rows/s (%.2f),"
              + " full path %,.0f rows/s (%.3f)%n",
          round, p, e, e / p, f, f / p);
    }
    double p = median(plain);
    double e = median(encrypted);
    double f = median(full);
    out.println();
    out.println("| path | rows/s (median) | ratio to plain JDBC |");
    out.println("|---|---:|---:|");
    out.printf("| plain batched JDBC insert | %,.0f | 1.00 |%n", p);
    out.printf(
        "| AES-256-GCM of the 4 personal fields + batched JDBC insert | %,.0f | %.2f |%n",
        e, e / p);
    out.printf("| full connector path | %,.0f | %.3f |%n", f, f / p);
  }

  private static double plainRound(String url, int rows) throws Exception {
    try (BenchDatabase db = new BenchDatabase(url, "bench_plain")) {
      PlainInsert.createTable(db.dataSource());
      long start = System.nanoTime();
      PlainInsert.insert(db.dataSource(), rows, PAGE_SIZE);
      return rows / seconds(start);
    }
  }

  private static double encryptedRound(String url, int rows) throws Exception {
    try (BenchDatabase db = new BenchDatabase(url, "bench_encrypted")) {
      EncryptedInsert.createTable(db.dataSource());
      long start = System.nanoTime();
      EncryptedInsert.insert(db.dataSource(), rows, PAGE_SIZE);
      return rows / seconds(start);
    }
  }

  private static double fullRound(String url, int rows, boolean pageTransaction) {
    try (BenchDatabase db = new BenchDatabase(url, "bench_full").migrated()) {
      FullPath path = new FullPath(db, PAGE_SIZE, pageTransaction);
      long start = System.nanoTime();
      RunCounts counts = path.ingest(rows, PAGE_SIZE);
      double rate = rows / seconds(start);
      if (counts.stored() != rows) {
        throw new IllegalStateException("Stored " + counts + " of " + rows + " rows");
      }
      return rate;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String url() {
    for (String name : List.of("CUSTOS_BENCH_POSTGRES_URL", "CUSTOS_TEST_POSTGRES_URL")) {
      String value = System.getenv(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  }
}
