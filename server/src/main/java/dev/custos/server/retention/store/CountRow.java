package dev.custos.server.retention.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A run's progress in one data category. */
@Embeddable
public class CountRow {

  @Column(name = "category", nullable = false, length = 32)
  private String category;

  @Column(name = "examined", nullable = false)
  private long examined;

  @Column(name = "acted", nullable = false)
  private long acted;

  @Column(name = "held", nullable = false)
  private long held;

  @Column(name = "kept", nullable = false)
  private long kept;

  protected CountRow() {}

  CountRow(String category) {
    this.category = category;
  }

  String category() {
    return category;
  }

  long examined() {
    return examined;
  }

  long acted() {
    return acted;
  }

  long held() {
    return held;
  }

  long kept() {
    return kept;
  }

  void add(long moreExamined, long moreActed, long moreHeld, long moreKept) {
    examined += moreExamined;
    acted += moreActed;
    held += moreHeld;
    kept += moreKept;
  }
}
