package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

  @Test
  void payarasWorkingDirectoryIsEmptiedBeforeEachStart(@TempDir Path dir) throws Exception {
    Path dataDir = dir.resolve("data");
    // What Payara Micro leaves behind when it is killed: the application it would deploy again.
    Path leftOver = dataDir.resolve("payara/applications/custos/WEB-INF/web.xml");
    Files.createDirectories(leftOver.getParent());
    Files.writeString(leftOver, "<web-app/>");
    Path keys = Files.createDirectories(dataDir.resolve("keys"));
    // `true` stands in for Java: it ignores the arguments and exits at once.
    ServerSettings settings =
        new ServerSettings(
            Path.of("/bin/true"),
            new Distribution(dir.resolve("dist")),
            dataDir,
            9090,
            DatabaseSettings.EMBEDDED);

    int exit =
        ServerProcess.start(settings, new ServerOutput.LogFile(dir.resolve("server.log")))
            .waitFor();

    assertThat(exit).isZero();
    assertThat(settings.payaraRootDir()).doesNotExist();
    assertThat(keys).isDirectory();
  }
}
