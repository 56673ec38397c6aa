package dev.custos.server.consent;

import java.util.List;

/** Subjects per purpose and consent state, by each subject's latest consent event. */
public record CountsView(String pack, List<Count> counts) {

  /** One purpose and state. */
  public record Count(String purpose, String state, long subjects) {}
}
