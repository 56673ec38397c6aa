package dev.custos.connectors.ingest;

/**
 * What a run (or one page of it) did with the entries it read.
 *
 * @param read entries read from the source, good or bad
 * @param stored records the sink stored
 * @param duplicates records the sink already held (same source key and version)
 * @param quarantined entries held in quarantine
 * @param suppressed records of erased people, skipped
 */
public record RunCounts(int read, int stored, int duplicates, int quarantined, int suppressed) {

  public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

  public RunCounts plus(RunCounts other) {
    return new RunCounts(
        read + other.read,
        stored + other.stored,
        duplicates + other.duplicates,
        quarantined + other.quarantined,
        suppressed + other.suppressed);
  }
}
