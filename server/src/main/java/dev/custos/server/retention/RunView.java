package dev.custos.server.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A retention sweep run, real or dry, as its report: status, progress per data category and totals.
 * While a run is going on, the counts are those of its committed batches.
 *
 * @param status {@code running}, {@code completed} or {@code failed} (a failed run resumes from its
 *     checkpoint when started again or when the server restarts)
 * @param asOf the instant that decides which stamps are due: those whose deadline had passed then
 * @param failure the type of the error that stopped the run, never data
 */
public record RunView(
    UUID id,
    boolean dryRun,
    String status,
    String startedBy,
    Instant startedAt,
    Instant asOf,
    Instant finishedAt,
    int batches,
    String failure,
    List<CategoryProgress> categories,
    CategoryProgress total) {

  /** Stamps examined, acted on, blocked by a legal hold and kept, in one category (or in all). */
  public record CategoryProgress(
      String category, long examined, long acted, long held, long kept) {}
}
