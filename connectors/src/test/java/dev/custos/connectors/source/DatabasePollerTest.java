package dev.custos.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.config.SecretReference;
import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.port.Watermark;
import dev.custos.connectors.testing.CrmDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keyset paging over H2 in MariaDB mode: fast, and the SQL is the same for every database. */
class DatabasePollerTest {

  private final CrmDatabase crm;

  DatabasePollerTest() throws Exception {
    crm =
        new CrmDatabase(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1",
            "sa",
            "DATETIME(6)");
  }

  @AfterEach
  void dropTable() throws Exception {
    crm.close();
  }

  private DatabasePoller poller(Optional<String> table, Optional<String> query, int pageSize) {
    var settings =
        new SourceSettings.Database(
            crm.url,
            crm.user,
            new SecretReference.FromEnv("PW"),
            table,
            query,
            List.of("updated_at", "id"),
            pageSize);
    return new DatabasePoller("crm", settings, ConnectionSource.of(settings, Map.of("PW", "")));
  }

  private static List<Object> ids(List<SourceEntry> rows) {
    return rows.stream().map(r -> ((SourceEntry.Row) r).values().get("id")).toList();
  }

  @Test
  void pagesThroughRowsThatShareAnUpdatedAtWithoutSkippingOrRepeating() throws Exception {
    crm.insert(1, 1_050);
    List<SourceEntry> read = new ArrayList<>();
    List<Watermark> marks = new ArrayList<>();

    int count =
        poller(Optional.of(crm.table), Optional.empty(), 70)
            .run(
                Optional.empty(),
                (page, mark) -> {
                  read.addAll(page);
                  marks.add(mark.orElseThrow());
                });

    assertThat(count).isEqualTo(1_050);
    assertThat(ids(read)).doesNotHaveDuplicates().hasSize(1_050);
    assertThat(marks).hasSize(15);
    assertThat(marks.getLast().value()).isEqualTo("t%3A2026-01-05T09%3A00%3A10|n%3A1050");
  }

  @Test
  void readsOnlyRowsAfterTheWatermarkFromAQuery() throws Exception {
    crm.insert(1, 300);
    List<SourceEntry> first = new ArrayList<>();
    List<Watermark> marks = new ArrayList<>();
    DatabasePoller poller =
        poller(
            Optional.empty(),
            Optional.of("SELECT id, name_en, updated_at FROM " + crm.table + " WHERE id > 100"),
            500);
    poller.run(
        Optional.empty(),
        (page, mark) -> {
          first.addAll(page);
          marks.add(mark.orElseThrow());
        });
    crm.touch(150, 151, CrmDatabase.BASE.plusDays(1));
    List<SourceEntry> second = new ArrayList<>();

    poller.run(Optional.of(marks.getLast()), (page, mark) -> second.addAll(page));

    assertThat(first).hasSize(200);
    assertThat(ids(second)).containsExactly(150L, 151L);
  }

  @Test
  void refusesAWatermarkWrittenUnderOtherColumns() {
    DatabasePoller poller = poller(Optional.of(crm.table), Optional.empty(), 10);

    assertThatThrownBy(() -> poller.run(Optional.of(new Watermark("n%3A5")), (page, mark) -> {}))
        .isInstanceOf(ConnectorException.class)
        .hasMessage(
            "Connector crm: the stored watermark does not match watermarkColumns;"
                + " it was written under other settings");
  }
}
