package dev.custos.server.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holding a row again replaces its entry, so a replay does not double the quarantine. */
class JpaQuarantineTest {

  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void holdingTheSameRowAgainReplacesTheEarlierEntry(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      jpa.run(em -> new JpaQuarantine(em).hold(row("r-1", "email is not an address", AT, 1)));
      jpa.run(em -> new JpaQuarantine(em).hold(row("r-2", "nps is not 0-10", AT, 2)));

      jpa.run(
          em ->
              new JpaQuarantine(em).hold(row("r-1", "phone has no digits", AT.plusSeconds(5), 3)));

      List<QuarantineEntity> held =
          jpa.inTransaction(
              em ->
                  em.createQuery(
                          "select q from QuarantineEntity q order by q.sourceKey",
                          QuarantineEntity.class)
                      .getResultList());
      assertThat(held).hasSize(2);
      assertThat(held.getFirst().reason()).isEqualTo("phone has no digits");
      assertThat(held.getFirst().sealedRow()).containsExactly(3, 3);
      assertThat(held.getFirst().status()).isEqualTo(QuarantineEntity.HELD);
    }
  }

  private static QuarantinedRow row(String key, String reason, Instant at, int fill) {
    return new QuarantinedRow("crm", key, "1", reason, at, new byte[] {(byte) fill, (byte) fill});
  }
}
