package dev.custos.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.subject.SubjectId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erasure journal keeps what it was given and refuses any line that was changed. */
class ErasureJournalTest {

  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final String DIGEST = "ZW1haWwtZGlnZXN0LW9mLWEtcGVyc29uLWZvci10ZXN0";

  @TempDir Path dir;

  @Test
  void appendedEntriesAreReadBackCheckedAndHashed() throws Exception {
    ErasureJournal journal = new ErasureJournal(dir.resolve("j/erasures.journal"), ring(1));
    JournalEntry first = entry("subject-0001", "DSR-1", List.of(42));
    JournalEntry second = entry("subject-0002", "DSR-2", List.of());

    String firstHash = journal.append(first);
    String secondHash = journal.append(second);

    List<ErasureJournal.Line> lines = journal.readAll();
    assertThat(lines).extracting(ErasureJournal.Line::entry).containsExactly(first, second);
    assertThat(lines).extracting(ErasureJournal.Line::hash).containsExactly(firstHash, secondHash);
    assertThat(Files.getPosixFilePermissions(journal.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(journal.file())).doesNotContain("@").contains(DIGEST);
  }

  @Test
  void aChangedLineIsRefusedNamingItsNumber() throws Exception {
    ErasureJournal journal = journalWith(3);
    List<String> lines = Files.readAllLines(journal.file());
    lines.set(1, lines.get(1).replace("|42|", "|43|"));
    Files.write(journal.file(), lines);

    assertThatThrownBy(journal::readAll)
        .isInstanceOf(ErasureJournalException.class)
        .hasMessageContaining("Line 2")
        .hasMessageContaining("authentication check");
  }

  @Test
  void aRemovedOrReorderedLineBreaksTheChain() throws Exception {
    ErasureJournal journal = journalWith(3);
    List<String> lines = new ArrayList<>(Files.readAllLines(journal.file()));
    lines.remove(1);
    Files.write(journal.file(), lines);

    assertThatThrownBy(journal::readAll)
        .isInstanceOf(ErasureJournalException.class)
        .hasMessageContaining("Line 2");
  }

  @Test
  void aLineWrittenWithAnotherMasterKeyIsRefused() throws Exception {
    ErasureJournal journal = journalWith(1);
    ErasureJournal other = new ErasureJournal(dir.resolve("other.journal"), ring(9));
    other.append(entry("subject-0001", "DSR-1", List.of(42)));
    Files.copy(other.file(), journal.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(journal::readAll).isInstanceOf(ErasureJournalException.class);
  }

  @Test
  void anIncompleteLastLineIsRefusedAndNothingIsAppendedAfterIt() throws Exception {
    ErasureJournal journal = journalWith(1);
    Files.writeString(journal.file(), "v1|1|2026", StandardOpenOption.APPEND);

    assertThatThrownBy(journal::readAll).isInstanceOf(ErasureJournalException.class);
    assertThatThrownBy(() -> journal.append(entry("subject-0002", "DSR-2", List.of())))
        .isInstanceOf(ErasureJournalException.class)
        .hasMessageContaining("incomplete");
  }

  @Test
  void aJournalStaysReadableAfterTheMasterKeyRotates() {
    Path file = dir.resolve("erasures.journal");
    new ErasureJournal(file, ring(1)).append(entry("subject-0001", "DSR-1", List.of(1)));
    ErasureJournal rotated = new ErasureJournal(file, ring(1, 2));
    rotated.append(entry("subject-0002", "DSR-2", List.of(2)));

    assertThat(rotated.readAll()).hasSize(2);
  }

  @Test
  void longLinesAreChainedAcrossTheTailReadersChunks() {
    ErasureJournal journal = new ErasureJournal(dir.resolve("erasures.journal"), ring(1));
    List<JournalEntry.Digest> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add(new JournalEntry.Digest(IndexKind.EMAIL, DIGEST.substring(0, 40) + i));
    }
    journal.append(new JournalEntry(AT, new SubjectId("subject-0001"), "DSR-1", List.of(), many));
    journal.append(entry("subject-0002", "DSR-2", List.of()));

    assertThat(journal.readAll()).hasSize(2);
  }

  @Test
  void noJournalYetMeansNothingToReplay() {
    assertThat(new ErasureJournal(dir.resolve("none.journal"), ring(1)).readAll()).isEmpty();
  }

  @Test
  void replayRefusesATamperedJournalBeforeApplyingAnything() throws Exception {
    ErasureJournal journal = journalWith(2);
    byte[] bytes = Files.readAllBytes(journal.file());
    bytes[10] = (byte) (bytes[10] == '1' ? '2' : '1');
    Files.write(journal.file(), bytes);

    assertThatThrownBy(() -> new ErasureReplay(journal, null).replay())
        .isInstanceOf(ErasureJournalException.class)
        .hasMessageContaining("Line 1")
        .hasMessageContaining(journal.file().toString());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isNotEmpty();
  }

  private ErasureJournal journalWith(int lines) {
    ErasureJournal journal = new ErasureJournal(dir.resolve("erasures.journal"), ring(1));
    for (int i = 1; i <= lines; i++) {
      journal.append(entry("subject-000" + i, "DSR-" + i, List.of(42)));
    }
    return journal;
  }

  private static JournalEntry entry(String subject, String reference, List<Integer> keyIds) {
    return new JournalEntry(
        AT,
        new SubjectId(subject),
        reference,
        keyIds,
        List.of(
            new JournalEntry.Digest(IndexKind.EMAIL, DIGEST),
            new JournalEntry.Digest(IndexKind.PHONE, DIGEST.toLowerCase())));
  }

  private static MasterKeyRing ring(int... versions) {
    List<SoftwareMasterKey> keys = new ArrayList<>();
    for (int version : versions) {
      byte[] kek = new byte[32];
      Arrays.fill(kek, (byte) version);
      keys.add(new SoftwareMasterKey(version, kek));
    }
    return MasterKeyRing.latestActive(keys);
  }
}
