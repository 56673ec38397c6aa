package dev.custos.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.ingest.RunCounts;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.erasure.ErasureFixture.Person;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Erasure over the real privacy core, ingest pipeline and database: the erased person's data
 * becomes unreadable at once, a later sync does not bring them back, and neither does a restore of
 * a backup taken before the erasure, once the journal is replayed.
 */
class ErasureTest {

  private static final Person ADA =
      new Person(1, "Ada Lovelace", "ada@example.com", "+86 138 0013 8000");
  private static final Person LEI = new Person(2, "李雷", "li.lei@example.cn", "+86 139 0013 9000");

  @TempDir Path dir;

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anErasedSubjectsFieldsDecryptAsErasedAndOthersStayReadable(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      ErasureFixture f = new ErasureFixture(jpa, dir.resolve("erasures.journal"));
      f.sync("2026-02-01T10:00:00", ADA, LEI);
      SubjectId ada = f.subjectOf(1);
      assertThat(f.emails(ada)).containsExactly(new Decryption.Decrypted<>("ada@example.com"));

      ErasureEvidence evidence = f.erase(ada.value(), "DSR-2026-0001");

      assertThat(f.emails(ada)).containsExactly(new Decryption.Erased<>());
      assertThat(f.emails(f.subjectOf(2)))
          .containsExactly(new Decryption.Decrypted<>("li.lei@example.cn"));
      assertThat(evidence.subjectId()).isEqualTo(ada.value());
      assertThat(evidence.destroyedKeyIds()).hasSize(1);
      assertThat(evidence.suppressedDigests()).isEqualTo(2);
      assertThat(evidence.items())
          .contains(
              new ErasedItems("subject_key", "data-key", 1, ErasedItems.DESTROYED),
              new ErasedItems("suppression", "email", 1, ErasedItems.ADDED),
              new ErasedItems("suppression", "phone", 1, ErasedItems.ADDED),
              new ErasedItems("subject", "subject", 1, ErasedItems.DELETED),
              new ErasedItems("gated_record", "contact", 1, ErasedItems.UNREADABLE));
      assertThat(f.evidence("DSR-2026-0001")).contains(evidence);
      assertThat(f.count("select count(*) from suppression")).isEqualTo(2);
      assertThat(f.count("select count(*) from subject_index")).isEqualTo(2);
      assertThat(
              f.count(
                  "select count(*) from audit_event where action in"
                      + " ('erasure.execute', 'erasure.evidence')"))
          .isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aSyncAfterTheErasureDoesNotCreateThePersonAgain(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      ErasureFixture f = new ErasureFixture(jpa, dir.resolve("erasures.journal"));
      f.sync("2026-02-01T10:00:00", ADA, LEI);
      f.erase(f.subjectOf(1).value(), "DSR-2026-0002");
      long subjects = f.count("select count(*) from subject");

      RunCounts resync = f.sync("2026-02-02T10:00:00", ADA, LEI);

      assertThat(resync.suppressed()).isEqualTo(1);
      assertThat(resync.stored()).isEqualTo(1);
      assertThat(f.count("select count(*) from subject")).isEqualTo(subjects);
      assertThat(
              f.count(
                  "select count(*) from gated_record where source_key = '1'"
                      + " and source_version like '2026-02-02%'"))
          .isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRestoredOlderBackupIsErasedAgainByTheJournalReplay(
      String name, Supplier<DataSource> database) throws Exception {
    DataSource dataSource = database.get();
    try (Jpa jpa = Jpa.on(dataSource)) {
      ErasureFixture f = new ErasureFixture(jpa, dir.resolve("erasures.journal"));
      f.sync("2026-02-01T10:00:00", ADA, LEI);
      SubjectId ada = f.subjectOf(1);
      DatabaseSnapshot backup = DatabaseSnapshot.take(dataSource);
      ErasureEvidence erased = f.erase(ada.value(), "DSR-2026-0003");

      backup.restore();
      assertThat(f.emails(ada))
          .as("the restored backup brings the key back until the journal is replayed")
          .containsExactly(new Decryption.Decrypted<>("ada@example.com"));

      assertThat(f.replay()).isEqualTo(1);

      assertThat(f.emails(ada)).containsExactly(new Decryption.Erased<>());
      assertThat(f.count("select count(*) from suppression")).isEqualTo(2);
      assertThat(f.sync("2026-02-03T10:00:00", ADA).suppressed()).isEqualTo(1);
      ErasureEvidence replayed = f.evidence("DSR-2026-0003").orElseThrow();
      assertThat(replayed.journalLineHash()).isEqualTo(erased.journalLineHash());
      assertThat(replayed.destroyedKeyIds()).isEqualTo(erased.destroyedKeyIds());
      assertThat(replayed.replayedAt()).isNotNull();
      assertThat(f.replay()).as("a second replay finds nothing to do").isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aJournalOlderThanTheDatabaseIsRefused(String name, Supplier<DataSource> database)
      throws Exception {
    try (Jpa jpa = Jpa.on(database.get())) {
      ErasureFixture f = new ErasureFixture(jpa, dir.resolve("erasures.journal"));
      f.sync("2026-02-01T10:00:00", ADA, LEI);
      f.erase(f.subjectOf(1).value(), "DSR-2026-0010");
      byte[] olderJournal = java.nio.file.Files.readAllBytes(f.journal.file());
      f.erase(f.subjectOf(2).value(), "DSR-2026-0011");

      java.nio.file.Files.write(f.journal.file(), olderJournal);

      assertThatThrownBy(f::replay)
          .isInstanceOf(ErasureJournalException.class)
          .hasMessageContaining("lacks 1 erasure");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theSameRequestErasesOnceAndAReferenceServesOneSubject(
      String name, Supplier<DataSource> database) throws Exception {
    try (Jpa jpa = Jpa.on(database.get())) {
      ErasureFixture f = new ErasureFixture(jpa, dir.resolve("erasures.journal"));
      f.sync("2026-02-01T10:00:00", ADA, LEI);
      String ada = f.subjectOf(1).value();

      ErasureEvidence first = f.erase(ada, "DSR-2026-0004");
      ErasureEvidence again = f.erase(ada, "DSR-2026-0004");

      assertThat(again).isEqualTo(first);
      assertThat(java.nio.file.Files.readAllLines(f.journal.file())).hasSize(1);
      assertThatThrownBy(() -> f.erase(f.subjectOf(2).value(), "DSR-2026-0004"))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.code()).isEqualTo("erasure-reference-taken"));
      assertThatThrownBy(() -> f.erase(ada, "DSR-2026-0005"))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.code()).isEqualTo("erasure-subject-already-erased"));
      assertThatThrownBy(() -> f.erase("never-seen-subject", "DSR-2026-0007"))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.code()).isEqualTo("erasure-subject-not-found"));
      assertThatThrownBy(() -> f.erase(ada, "Ada Lovelace"))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.code()).isEqualTo("erasure-reference-invalid"));
      assertThatThrownBy(() -> f.erase("ada@example.com", "DSR-2026-0006"))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.code()).isEqualTo("erasure-subject-invalid"));
    }
  }
}
