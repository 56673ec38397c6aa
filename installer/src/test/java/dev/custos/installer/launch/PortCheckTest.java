package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  @Test
  void aPortInUseIsRefusedWithAHint() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      assertThatThrownBy(() -> PortCheck.requireFree(taken.getLocalPort()))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining("in use")
          .hasMessageContaining("--port");
    }
  }

  @Test
  void aFreePortPasses() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }

    assertThatCode(() -> PortCheck.requireFree(port)).doesNotThrowAnyException();
  }
}
