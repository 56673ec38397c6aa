package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class JavaRuntimeTest {

  @Test
  void theServerRunsOnTheJavaThatRunsTheLauncher() {
    assertThat(JavaRuntime.currentJava())
        .satisfies(java -> assertThat(Files.isExecutable(java)).isTrue());
  }
}
