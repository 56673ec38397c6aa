package dev.custos.server.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
}
