package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir private Path dir;

  @Test
  void keepsTheLastLines() throws IOException {
    Path log = dir.resolve("server.log");
    Files.write(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());

    List<String> tail = LogTail.lastLines(log, 30);

    assertThat(tail).hasSize(30).startsWith("line 71").endsWith("line 100");
  }

  @Test
  void aShortLogIsShownWhole() throws IOException {
    Path log = dir.resolve("server.log");
    Files.writeString(log, "starting\n服务器启动失败\n");

    assertThat(LogTail.lastLines(log, 30)).containsExactly("starting", "服务器启动失败");
  }

  @Test
  void aMissingLogHasNoLines() {
    assertThat(LogTail.lastLines(dir.resolve("absent.log"), 30)).isEmpty();
  }
}
