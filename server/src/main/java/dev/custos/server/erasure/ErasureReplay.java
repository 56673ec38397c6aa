package dev.custos.server.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Replays the erasure journal at start-up, before any connector runs: every journalled erasure that
 * the database does not reflect (a restore of an older backup) is applied again. A journal line
 * that fails its check stops the start: better no service than an erased person back.
 */
@ApplicationScoped
public class ErasureReplay {

  private static final Logger LOG = Logger.getLogger(ErasureReplay.class.getName());

  private final ErasureJournal journal;
  private final Erasure erasure;

  @Inject
  public ErasureReplay(ErasureJournal journal, Erasure erasure) {
    this.journal = journal;
    this.erasure = erasure;
  }

  /** For CDI client proxies only. */
  protected ErasureReplay() {
    this.journal = null;
    this.erasure = null;
  }

  /**
   * Checks the whole journal, then re-applies what the database lacks.
   *
   * @return how many erasures had to be re-applied
   * @throws ErasureJournalException when a line fails its check
   */
  public int replay() {
    List<ErasureJournal.Line> lines = journal.readAll();
    requireJournalCovers(erasure.journalledHashes(), lines, journal);
    int reapplied = 0;
    for (ErasureJournal.Line line : lines) {
      if (erasure.reapply(line)) {
        reapplied++;
      }
    }
    int total = reapplied;
    LOG.info(
        () ->
            "Erasure journal "
                + journal.file()
                + ": "
                + lines.size()
                + " erasures checked, "
                + total
                + " re-applied to the database");
    return reapplied;
  }

  /**
   * Refuses a journal that lacks an erasure the database records: it was restored from an older
   * copy, truncated, or moved without its content. Replaying it would look complete while an
   * erasure made since could be lost at the next database restore.
   *
   * @throws ErasureJournalException naming how many erasures the journal lacks
   */
  static void requireJournalCovers(
      Collection<String> databaseHashes, List<ErasureJournal.Line> lines, ErasureJournal journal) {
    Set<String> journalled = new HashSet<>();
    lines.forEach(line -> journalled.add(line.hash()));
    long missing = databaseHashes.stream().filter(h -> !journalled.contains(h)).count();
    if (missing > 0) {
      throw new ErasureJournalException(
          "The erasure journal "
              + journal.file()
              + " lacks "
              + missing
              + " erasure(s) that the database records: it is older than the database (restored"
              + " from an older copy, truncated or moved without its content). Put the current"
              + " journal back; never restore it from a backup older than the database.");
    }
  }
}
