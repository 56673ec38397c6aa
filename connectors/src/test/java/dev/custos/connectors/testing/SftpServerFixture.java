package dev.custos.connectors.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-process SFTP server (Apache MINA SSHD) on 127.0.0.1, serving a local directory as its root,
 * with password login; it can be stopped and started again on the same port and host key.
 */
public final class SftpServerFixture implements AutoCloseable {

  public static final String USER = "custos";
  public static final String PASSWORD = "sftp-test-secret";

  private final Path root;
  private final Path hostKey;
  private SshServer server;
  private int port;

  public SftpServerFixture(Path root, Path hostKey) throws IOException {
    this.root = root;
    this.hostKey = hostKey;
    start();
  }

  public synchronized void start() throws IOException {
    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost("127.0.0.1");
    sshd.setPort(port);
    sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
    sshd.setPasswordAuthenticator(
        (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
    sshd.start();
    server = sshd;
    port = sshd.getPort();
  }

  /** Stops at once, dropping open sessions, as a crashed server would. */
  public synchronized void stop() throws IOException {
    if (server != null) {
      server.stop(true);
      server = null;
    }
  }

  public int port() {
    return port;
  }

  public Path root() {
    return root;
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
