package dev.custos.installer.api;

import java.util.List;

/**
 * The answer to {@code POST /api/v1/responses/bulk}.
 *
 * @param accepted responses stored
 * @param duplicates responses whose external id was already stored
 * @param rejected responses that failed validation
 * @param errors why each rejected response failed, by its index in the request
 */
public record BulkResult(int accepted, int duplicates, int rejected, List<ItemErrors> errors) {

  public BulkResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * The validation errors of one rejected response.
   *
   * @param index the response's position in the request, from 0
   * @param errors what is wrong with it
   */
  public record ItemErrors(int index, List<FieldError> errors) {

    public ItemErrors {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  /**
   * One invalid field.
   *
   * @param field the JSON field name
   * @param message what is wrong with its value
   */
  public record FieldError(String field, String message) {}
}
