package dev.custos.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigSourcesTest {

  @AfterEach
  void clear() {
    System.clearProperty("custos.db.url");
    System.clearProperty(DatabasePasswordFileSource.FILE_KEY);
  }

  @Test
  void theDataSourceClassFollowsTheUrl() {
    assertThat(new DatabaseConfigSource().getValue(DatabaseConfigSource.KEY))
        .isEqualTo(DatabaseConfigSource.H2);

    System.setProperty("custos.db.url", "jdbc:postgresql://db.example:5432/custos");

    assertThat(new DatabaseConfigSource().getValue(DatabaseConfigSource.KEY))
        .isEqualTo(DatabaseConfigSource.POSTGRESQL);
  }

  @Test
  void postgreSqlConnectsWithMultiRowInsertsUnlessTheUrlSaysOtherwise() {
    assertThat(new DatabaseUrlSource().getValue(DatabaseUrlSource.KEY)).isNull();
    assertThat(new DatabaseUrlSource().getProperties()).isEmpty();

    System.setProperty("custos.db.url", "jdbc:postgresql://db.example:5432/custos");
    assertThat(new DatabaseUrlSource().getValue(DatabaseUrlSource.KEY))
        .isEqualTo("jdbc:postgresql://db.example:5432/custos?reWriteBatchedInserts=true");

    System.setProperty("custos.db.url", "jdbc:postgresql://db.example/custos?sslmode=verify-full");
    assertThat(new DatabaseUrlSource().getValue(DatabaseUrlSource.KEY))
        .isEqualTo(
            "jdbc:postgresql://db.example/custos?sslmode=verify-full&reWriteBatchedInserts=true");

    System.setProperty("custos.db.url", "jdbc:postgresql://db/custos?reWriteBatchedInserts=false");
    assertThat(new DatabaseUrlSource().getValue(DatabaseUrlSource.KEY)).isNull();

    System.setProperty("custos.db.url", "jdbc:h2:mem:custos");
    assertThat(new DatabaseUrlSource().getValue(DatabaseUrlSource.KEY)).isNull();
    assertThat(new DatabaseUrlSource().getOrdinal()).isGreaterThan(100).isLessThan(300);
  }

  @Test
  void thePasswordComesFromTheNamedFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("db-password");
    Files.writeString(file, "s3cret-from-file\n");
    var source = new DatabasePasswordFileSource();
    assertThat(source.getValue(DatabasePasswordFileSource.KEY)).isNull();

    System.setProperty(DatabasePasswordFileSource.FILE_KEY, file.toString());

    assertThat(source.getValue(DatabasePasswordFileSource.KEY)).isEqualTo("s3cret-from-file");
    assertThat(source.getOrdinal()).isGreaterThan(100).isLessThan(300);
  }

  @Test
  void anUnreadablePasswordFileIsNamedInTheError(@TempDir Path dir) {
    System.setProperty(DatabasePasswordFileSource.FILE_KEY, dir.resolve("missing").toString());

    assertThatThrownBy(
            () -> new DatabasePasswordFileSource().getValue(DatabasePasswordFileSource.KEY))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing")
        .hasMessageContaining("custos.db.password-file");
  }
}
