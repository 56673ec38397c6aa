package dev.custos.server.erasure.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an evidence pack: a count of items in one place and how they were treated. */
@Embeddable
public class EvidenceItemRow {

  @Column(name = "location", nullable = false, length = 64)
  private String location;

  @Column(name = "category", nullable = false, length = 64)
  private String category;

  @Column(name = "item_count", nullable = false)
  private long count;

  @Column(name = "treatment", nullable = false, length = 16)
  private String treatment;

  protected EvidenceItemRow() {}

  EvidenceItemRow(String location, String category, long count, String treatment) {
    this.location = location;
    this.category = category;
    this.count = count;
    this.treatment = treatment;
  }

  String location() {
    return location;
  }

  String category() {
    return category;
  }

  long count() {
    return count;
  }

  String treatment() {
    return treatment;
  }
}
