package dev.custos.installer.cli;

import dev.custos.installer.demo.LoadListener;
import dev.custos.installer.demo.RejectedResponse;
import java.io.PrintWriter;
import java.util.Optional;

/** Tells the user how loading the demo data goes, in a few lines. */
final class ConsoleLoadListener implements LoadListener {

  /** A progress line every this many responses. */
  private static final int PROGRESS_STEP = 10_000;

  private final PrintWriter out;
  private int total;

  ConsoleLoadListener(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void loadingResponses(int total, int batches) {
    this.total = total;
    out.printf("Loading demo data: %d responses in %d batches...%n", total, batches);
    out.flush();
  }

  @Override
  public void batchSent(int batch, int batches, int sent) {
    if (sent % PROGRESS_STEP == 0 || batch == batches) {
      out.printf("  %d/%d responses sent%n", sent, total);
      out.flush();
    }
  }

  @Override
  public void responsesRejected(int batch, int count, Optional<RejectedResponse> first) {
    out.printf(
        "  batch %d: %d responses rejected%s%n",
        batch,
        count,
        first
            .map(r -> "; first: " + r.externalId() + " " + r.field() + ": " + r.message())
            .orElse(""));
    out.flush();
  }
}
