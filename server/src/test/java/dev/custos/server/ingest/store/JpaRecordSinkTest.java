package dev.custos.server.ingest.store;

import static dev.custos.server.ingest.store.GatedRecords.AT;
import static dev.custos.server.ingest.store.GatedRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.port.RecordSink.BatchOutcome;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A batch and its watermark commit together; replays store nothing twice. */
class JpaRecordSinkTest {

  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void storesRecordsWithFieldsDecisionsStampsAndTheWatermark(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      BatchOutcome outcome =
          store(jpa, "crm", List.of(record("r-1", "1"), record("r-2", "1")), "w-2");

      assertThat(outcome).isEqualTo(new BatchOutcome(2, 0));
      assertThat(count(jpa, "gated_record")).isEqualTo(2);
      assertThat(count(jpa, "gated_field")).isEqualTo(6);
      assertThat(count(jpa, "gate_decision")).isEqualTo(4);
      assertThat(count(jpa, "retention_stamp")).isEqualTo(2);
      assertThat(watermark(jpa, "crm")).contains(new Watermark("w-2"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aReplayIsCountedAsDuplicatesAndStoresOnlyNewVersions(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      store(jpa, "crm", List.of(record("r-1", "1"), record("r-2", "1")), "w-2");

      BatchOutcome replay =
          store(
              jpa,
              "crm",
              List.of(
                  record("r-1", "1"), record("r-2", "1"), record("r-2", "2"), record("r-2", "2")),
              "w-3");
      BatchOutcome otherConnector = store(jpa, "tickets", List.of(record("r-1", "1")), "t-1");

      assertThat(replay).isEqualTo(new BatchOutcome(1, 3));
      assertThat(otherConnector).isEqualTo(new BatchOutcome(1, 0));
      assertThat(count(jpa, "gated_record")).isEqualTo(4);
      assertThat(watermark(jpa, "crm")).contains(new Watermark("w-3"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aLargeReplayIsRecognisedAcrossLookUpChunks(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      List<GatedRecord> batch =
          java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> record("r-" + i, "1")).toList();
      store(jpa, "crm", batch, "w-1");

      assertThat(store(jpa, "crm", batch, "w-2")).isEqualTo(new BatchOutcome(0, 2_500));
      assertThat(count(jpa, "gated_record")).isEqualTo(2_500);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anEmptyWatermarkLeavesThePositionAsItWas(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      store(jpa, "crm", List.of(record("r-1", "1")), "w-1");

      jpa.run(em -> new JpaRecordSink(em, CLOCK).store("crm", List.of(), Optional.empty()));

      assertThat(watermark(jpa, "crm")).contains(new Watermark("w-1"));
      assertThat(watermark(jpa, "never-ran")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aBatchThatFailsMidwayLeavesNeitherRecordsNorWatermark(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      GatedRecord tooLong = record("k".repeat(300), "1");

      assertThatThrownBy(
              () ->
                  store(
                      jpa, "crm", List.of(record("r-1", "1"), tooLong, record("r-3", "1")), "w-3"))
          .isInstanceOf(PersistenceException.class);

      assertThat(count(jpa, "gated_record")).isZero();
      assertThat(count(jpa, "gated_field")).isZero();
      assertThat(watermark(jpa, "crm")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theUniqueKeyRefusesARecordThatSlippedPastTheDuplicateCheck(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      store(jpa, "crm", List.of(record("r-1", "1")), "w-1");

      // What a concurrent writer would do: insert without seeing the other's uncommitted row.
      assertThatThrownBy(
              () ->
                  jpa.run(
                      em -> {
                        em.persist(GatedRecordRows.toEntity("crm", record("r-1", "1")));
                        em.flush();
                      }))
          .isInstanceOf(PersistenceException.class);
      assertThat(count(jpa, "gated_record")).isEqualTo(1);
    }
  }

  private static BatchOutcome store(
      Jpa jpa, String connector, List<GatedRecord> records, String watermark) {
    return jpa.inTransaction(
        em ->
            new JpaRecordSink(em, CLOCK)
                .store(connector, records, Optional.of(new Watermark(watermark))));
  }

  private static Optional<Watermark> watermark(Jpa jpa, String connector) {
    return jpa.inTransaction(em -> new JpaWatermarkStore(em, CLOCK).current(connector));
  }

  private static long count(Jpa jpa, String table) {
    return jpa.inTransaction(
        em ->
            ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                .longValue());
  }
}
