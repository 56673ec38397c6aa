package dev.custos.policies.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

/** Reads secrets and checks that key files are private to their owner. */
final class KeyFiles {

  private static final Set<PosixFilePermission> NOT_OWNER =
      Set.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private KeyFiles() {}

  /**
   * Refuses a file that anyone but its owner may read or write. Where the file system has no POSIX
   * permissions the check cannot be made, and Custos refuses rather than trusting the file.
   */
  static void requireOwnerOnly(Path file, String what) {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (NoSuchFileException e) {
      throw new MasterKeyException(what + " " + file + " does not exist");
    } catch (UnsupportedOperationException e) {
      throw new InsecureKeyFileException(
          what + " " + file + " is on a file system without POSIX permissions; keep it on one");
    } catch (IOException e) {
      throw new MasterKeyException("Cannot read the permissions of " + what + " " + file, e);
    }
    for (PosixFilePermission p : permissions) {
      if (NOT_OWNER.contains(p)) {
        throw new InsecureKeyFileException(
            what
                + " "
                + file
                + " is readable or writable by group or others; make it private with: chmod 600 "
                + file);
      }
    }
  }

  /** Reads a pass phrase or PIN. The caller zeroes the returned characters after use. */
  static char[] readSecret(SecretSource source, Function<String, String> environment) {
    return switch (source) {
      case SecretSource.FromFile f -> readSecretFile(f);
      case SecretSource.FromEnvironment e -> readVariable(e, environment);
    };
  }

  private static char[] readVariable(
      SecretSource.FromEnvironment source, Function<String, String> environment) {
    String value = environment.apply(source.variable());
    if (value == null || value.isEmpty()) {
      throw new KeySettingsException(
          "Environment variable "
              + source.variable()
              + " named by "
              + source.setting()
              + " is not set or empty");
    }
    return value.toCharArray();
  }

  private static char[] readSecretFile(SecretSource.FromFile source) {
    requireOwnerOnly(source.path(), "Secret file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source.path());
    } catch (IOException e) {
      throw new MasterKeyException(
          "Cannot read " + source.path() + " named by " + source.setting(), e);
    }
    try {
      int end = bytes.length;
      if (end > 0 && bytes[end - 1] == '\n') {
        end--;
      }
      if (end > 0 && bytes[end - 1] == '\r') {
        end--;
      }
      if (end == 0) {
        throw new KeySettingsException(
            "File " + source.path() + " named by " + source.setting() + " is empty");
      }
      return decode(bytes, end, source);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static char[] decode(byte[] bytes, int length, SecretSource.FromFile source) {
    CharBuffer chars;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, length));
    } catch (CharacterCodingException e) {
      throw new KeySettingsException(
          "File " + source.path() + " named by " + source.setting() + " is not UTF-8 text");
    }
    char[] secret = new char[chars.remaining()];
    chars.get(secret);
    Arrays.fill(chars.array(), '\0');
    return secret;
  }
}
