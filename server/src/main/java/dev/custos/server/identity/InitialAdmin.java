package dev.custos.server.identity;

import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On the first start of a standalone installation, creates the administrator {@code admin} with a
 * random password that is written to a file only its owner can read, never to the log. The file is
 * deleted when the administrator sets a password of their own.
 */
@ApplicationScoped
public class InitialAdmin {

  public static final String USERNAME = "admin";
  static final String CREDENTIAL_FILE = "initial-admin-password.txt";
  private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());
  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final LocalUsers users;
  private final DataDirectory dataDirectory;

  @Inject
  public InitialAdmin(LocalUsers users, DataDirectory dataDirectory) {
    this.users = users;
    this.dataDirectory = dataDirectory;
  }

  /** For CDI client proxies only. */
  protected InitialAdmin() {
    this.users = null;
    this.dataDirectory = null;
  }

  public void ensureExists() {
    if (!users.isEmpty()) {
      return;
    }
    char[] password = randomPassword(24);
    Path file = credentialFile();
    write(file, password);
    users.create(USERNAME, password, Set.of(Role.CX_ADMIN), Set.of());
    LOG.info(() -> "Created the first administrator '" + USERNAME + "'; password in " + file);
  }

  /** Removes the first-start credential once it no longer works. */
  public void forgetCredential() {
    try {
      Files.deleteIfExists(credentialFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + credentialFile(), e);
    }
  }

  Path credentialFile() {
    return dataDirectory.root().resolve(CREDENTIAL_FILE);
  }

  private static void write(Path file, char[] password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, new String(password) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the first administrator's password to " + file, e);
    }
  }

  private static char[] randomPassword(int length) {
    SecureRandom random = new SecureRandom();
    char[] password = new char[length];
    for (int i = 0; i < length; i++) {
      password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return password;
  }
}
