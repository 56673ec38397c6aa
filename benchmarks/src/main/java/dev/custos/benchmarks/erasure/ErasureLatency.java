package dev.custos.benchmarks.erasure;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ErasureBenchmark} and prints its latency percentiles as a Markdown table. Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.custos.benchmarks.erasure.ErasureLatency
 * [records,...]} with {@code CUSTOS_BENCH_POSTGRES_URL} naming a PostgreSQL database.
 */
public final class ErasureLatency {

  private ErasureLatency() {}

  public static void main(String[] args) throws RunnerException {
    OptionsBuilder builder = new OptionsBuilder();
    builder
        .include(ErasureBenchmark.class.getName())
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(4))
        .threads(1);
    if (args.length > 0) {
      builder.param("records", args[0].split(","));
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();
    print(results, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    java.util.Map<String, Double> baselines = new java.util.HashMap<>();
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith(".baseline")) {
        baselines.put(
            r.getParams().getParam("records"),
            r.getPrimaryResult().getStatistics().getPercentile(50));
      }
    }
    out.println();
    out.println(
        "| stored records | method | samples | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |"
            + " p50 ratio to baseline |");
    out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
    for (RunResult r : results) {
      var stats = r.getPrimaryResult().getStatistics();
      String records = r.getParams().getParam("records");
      String benchmark = r.getParams().getBenchmark();
      Double baseline = baselines.get(records);
      out.printf(
          "| %,d | %s | %,d | %.2f | %.2f | %.2f | %.2f | %s |%n",
          Integer.parseInt(records),
          benchmark.substring(benchmark.lastIndexOf('.') + 1),
          stats.getN(),
          stats.getPercentile(50),
          stats.getPercentile(90),
          stats.getPercentile(99),
          stats.getMax(),
          baseline == null ? "" : "%.1f".formatted(stats.getPercentile(50) / baseline));
    }
  }
}
