package dev.custos.server.feedback;

import dev.custos.server.problem.FieldError;
import java.util.List;

/**
 * The outcome of a bulk submission: how many responses were stored, how many were already stored
 * (same external id, so re-sending is safe), and the problems of each rejected item by its index.
 */
public record BulkResult(int accepted, int duplicates, int rejected, List<ItemErrors> errors) {

  /** The problems of the item at {@code index} in the submitted list. */
  public record ItemErrors(int index, List<FieldError> errors) {}
}
