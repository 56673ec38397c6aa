package dev.custos.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.ingest.SourceEntry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvEntriesTest {

  private static List<SourceEntry> read(String csv) {
    CsvEntries entries = new CsvEntries("f.csv", new BufferedReader(new StringReader(csv)));
    List<SourceEntry> all = new ArrayList<>();
    if (entries.readHeader()) {
      for (Optional<SourceEntry> e = entries.next(); e.isPresent(); e = entries.next()) {
        all.add(e.get());
      }
    }
    return all;
  }

  @Test
  void readsQuotedValuesAcrossLinesUnderTheHeaderAndSkipsAByteOrderMark() {
    List<SourceEntry> entries =
        read("\uFEFFid,note\n1,\"a, b\"\n2,\"line one\nline two\"\n\n3,c\n");

    assertThat(entries)
        .extracting(SourceEntry::position)
        .containsExactly("f.csv:2", "f.csv:3", "f.csv:6");
    assertThat(((SourceEntry.Row) entries.get(1)).values())
        .containsEntry("note", "line one\nline two");
    assertThat(((SourceEntry.Row) entries.get(0)).values()).containsEntry("ID", "1");
  }

  @Test
  void resumesOnTheLineAfterAQuoteThatIsNeverClosed() {
    StringBuilder csv = new StringBuilder("id,note\n1,\"open\n");
    for (int i = 2; i <= 30; i++) {
      csv.append(i).append(",ok\n");
    }

    List<SourceEntry> entries = read(csv.toString());

    assertThat(entries).hasSize(30);
    assertThat(entries.getFirst())
        .isInstanceOfSatisfying(
            SourceEntry.Malformed.class,
            m -> {
              assertThat(m.problem()).isEqualTo("line 2: a quote is never closed");
              assertThat(m.text()).isEqualTo("1,\"open");
            });
    assertThat(entries.subList(1, 30)).allMatch(e -> e instanceof SourceEntry.Row);
    assertThat(entries.getLast().position()).isEqualTo("f.csv:31");
  }

  @Test
  void anEmptyFileHasNoEntries() {
    assertThat(read("")).isEmpty();
  }
}
