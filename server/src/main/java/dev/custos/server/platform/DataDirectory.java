package dev.custos.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory where this installation keeps its embedded database, keys and first-start
 * credential ({@code custos.data.dir}). Created on first use, readable by the owner only.
 */
@ApplicationScoped
public class DataDirectory {

  private final Path root;

  @Inject
  public DataDirectory(@ConfigProperty(name = "custos.data.dir") String root) {
    this.root = Path.of(root).toAbsolutePath().normalize();
  }

  /** For CDI client proxies only. */
  protected DataDirectory() {
    this.root = null;
  }

  public Path root() {
    return root;
  }

  /**
   * Creates the data directory if needed and makes it accessible to its owner only: it holds the
   * database files, the keys and the first-start credential.
   */
  public void secure() {
    try {
      Files.createDirectories(root);
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot secure " + root + ": check custos.data.dir and the directory's owner", e);
    }
  }

  /** Returns the sub-directory, creating it with owner-only permissions if it is missing. */
  public Path directory(String name) {
    Path dir = root.resolve(name);
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create " + dir + ": check custos.data.dir and the directory's permissions", e);
    }
  }
}
