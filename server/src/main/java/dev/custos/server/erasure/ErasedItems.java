package dev.custos.server.erasure;

import java.util.Objects;

/**
 * What one erasure did in one place: for example 3 records of kind {@code contact} in {@code
 * gated_record}, left as ciphertext that nothing can decrypt any more.
 *
 * @param location the table (or {@code journal}) the items are in
 * @param category the kind of item there ({@code contact}, {@code data-key}, {@code email}, …)
 * @param count how many
 * @param treatment {@code destroyed}, {@code deleted}, {@code added} or {@code unreadable}
 */
public record ErasedItems(String location, String category, long count, String treatment) {

  /** The key and its wrapped copy are gone. */
  public static final String DESTROYED = "destroyed";

  /** Rows removed. */
  public static final String DELETED = "deleted";

  /** Rows added (suppression digests). */
  public static final String ADDED = "added";

  /** Rows kept as ciphertext without a key; the retention sweep deletes them. */
  public static final String UNREADABLE = "unreadable";

  public ErasedItems {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(treatment, "treatment");
  }
}
