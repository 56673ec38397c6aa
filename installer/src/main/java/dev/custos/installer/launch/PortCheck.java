package dev.custos.installer.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks that a port is free before the server starts, so that a server already listening there is
 * not taken for the new one becoming ready.
 */
public final class PortCheck {

  private PortCheck() {}

  public static void requireFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new LaunchException(
          "Port " + port + " is in use. Stop what listens there or choose another with --port.", e);
    }
  }
}
