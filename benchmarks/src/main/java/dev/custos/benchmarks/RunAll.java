package dev.custos.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks (all, or those matching the first argument) and prints a Markdown table:
 * throughput of each method and its ratio to the {@code baseline} method of the same class.
 */
public final class RunAll {

  private RunAll() {}

  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(args.length > 0 ? args[0] : "dev\\.custos\\.benchmarks\\..*")
            // Erasure latency needs PostgreSQL and reports percentiles: ErasureLatency runs it.
            .exclude("dev\\.custos\\.benchmarks\\.erasure\\..*")
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .threads(1)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    print(results, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    Map<String, Double> baselines = new HashMap<>();
    for (RunResult r : results) {
      String[] name = split(r);
      if (name[1].equals("baseline")) {
        baselines.put(name[0] + params(r), r.getPrimaryResult().getScore());
      }
    }
    out.println();
    out.println("| benchmark | method | throughput | ± (99.9%) | unit | ratio to baseline |");
    out.println("|---|---|---:|---:|---|---:|");
    // One row per benchmark, parameter set and method, whatever the runner's collection holds.
    Map<String, RunResult> rows = new java.util.TreeMap<>();
    for (RunResult r : results) {
      rows.put(split(r)[0] + params(r) + "|" + split(r)[1], r);
    }
    List<RunResult> sorted = List.copyOf(rows.values());
    for (RunResult r : sorted) {
      String[] name = split(r);
      var result = r.getPrimaryResult();
      Double baseline = baselines.get(name[0] + params(r));
      out.printf(
          "| %s | %s | %,.0f | %,.0f | %s | %s |%n",
          name[0] + params(r),
          name[1],
          result.getScore(),
          result.getScoreError(),
          result.getScoreUnit(),
          baseline == null ? "" : "%.2f".formatted(result.getScore() / baseline));
    }
  }

  /** The benchmark's parameters, such as {@code (language=chinese)}; empty when it has none. */
  private static String params(RunResult r) {
    var params = r.getParams();
    List<String> parts =
        params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k)).toList();
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String[] split(RunResult r) {
    String benchmark = r.getParams().getBenchmark();
    int dot = benchmark.lastIndexOf('.');
    String type = benchmark.substring(0, dot);
    return new String[] {type.substring(type.lastIndexOf('.') + 1), benchmark.substring(dot + 1)};
  }
}
