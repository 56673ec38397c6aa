package dev.custos.server.ingest.store;

import dev.custos.connectors.port.Watermark;
import dev.custos.connectors.port.WatermarkStore;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Connectors' watermarks in {@code connector_watermark}; moved only by {@link JpaRecordSink}. */
public final class JpaWatermarkStore implements WatermarkStore {

  private final EntityManager em;
  private final Clock clock;

  public JpaWatermarkStore(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Watermark> current(String connectorId) {
    return Optional.ofNullable(em.find(WatermarkEntity.class, connectorId))
        .map(w -> new Watermark(w.value()));
  }

  /** When the connector's newest watermark was committed, or empty before its first batch. */
  public Optional<Instant> committedAt(String connectorId) {
    return Optional.ofNullable(em.find(WatermarkEntity.class, connectorId))
        .map(WatermarkEntity::updatedAt);
  }

  void move(String connectorId, Watermark watermark) {
    WatermarkEntity existing = em.find(WatermarkEntity.class, connectorId);
    if (existing == null) {
      em.persist(new WatermarkEntity(connectorId, watermark.value(), clock.instant()));
    } else {
      existing.move(watermark.value(), clock.instant());
    }
  }
}
