package dev.custos.server.ingest.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The retention stamp of one data category of a record: its rule's start event and deadline. */
@Embeddable
public class StampRow {

  @Column(name = "category", nullable = false, length = 32)
  private String category;

  @Column(name = "counts_from", nullable = false, length = 32)
  private String countsFrom;

  @Column(name = "deadline")
  private Instant deadline;

  protected StampRow() {}

  StampRow(String category, String countsFrom, Instant deadline) {
    this.category = category;
    this.countsFrom = countsFrom;
    this.deadline = deadline;
  }

  /** The columns of {@code retention_stamp} after the record id, in the order they are inserted. */
  Object[] columns() {
    return new Object[] {category, countsFrom, deadline};
  }
}
