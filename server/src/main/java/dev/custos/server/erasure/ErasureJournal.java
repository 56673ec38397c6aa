package dev.custos.server.erasure;

import dev.custos.policies.keys.MasterKey;
import dev.custos.policies.keys.MasterKeyRing;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The erasure journal: a text file kept apart from the database, one line per erasure, only ever
 * appended to. Each line is {@code v1|kek-version|erased-at|subject|reference|key-ids|digests|mac}
 * where {@code mac} is an HMAC-SHA-256, under a key derived from the master key, of the previous
 * line's mac and this line. The chain makes an altered, inserted, reordered or removed line fail
 * the check; only removing lines at the very end goes unseen, which is why the journal belongs on
 * storage that the database's backups never overwrite.
 *
 * <p>{@link #append} writes and syncs the line before returning, under an exclusive file lock, so
 * that an erasure is on disk before its transaction commits.
 */
public final class ErasureJournal {

  static final String FORMAT = "v1";
  static final String DERIVE_PURPOSE = "erasure-journal";
  private static final int FIELDS = 8;
  private static final int TAIL_CHUNK = 4096;

  private final Path file;
  private final MasterKeyRing ring;
  private final Map<Integer, SecretKeySpec> keys = new ConcurrentHashMap<>();

  public ErasureJournal(Path file, MasterKeyRing ring) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.ring = Objects.requireNonNull(ring, "ring");
  }

  public Path file() {
    return file;
  }

  /**
   * Appends the entry, authenticated by the active master key version, and syncs it to disk.
   *
   * @return the SHA-256 (hex) of the line written
   */
  public synchronized String append(JournalEntry entry) {
    try {
      Files.createDirectories(file.getParent());
      boolean created = createIfMissing();
      try (FileChannel channel =
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        channel.lock();
        String previousMac = macOf(lastLine(channel));
        int version = ring.active().version();
        String unsigned = FORMAT + "|" + version + "|" + entry.body();
        String line = unsigned + "|" + mac(version, previousMac, unsigned);
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        long position = channel.size();
        while (bytes.hasRemaining()) {
          position += channel.write(bytes, position);
        }
        channel.force(true);
        if (created) {
          syncDirectory();
        }
        return hash(line);
      }
    } catch (IOException e) {
      throw new ErasureJournalException(
          "Cannot append to the erasure journal " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads and checks every line. An empty list when there is no journal yet.
   *
   * @throws ErasureJournalException naming the first line that fails its check
   */
  public List<Line> readAll() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String previousMac = "";
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        lines.add(check(number, text, previousMac));
        previousMac = macOf(text);
      }
      if (number > 0 && !endsWithNewline()) {
        throw refused(number, "it is incomplete (no line end)");
      }
    } catch (IOException e) {
      throw new ErasureJournalException(
          "Cannot read the erasure journal " + file + ": " + e.getClass().getSimpleName(), e);
    }
    return lines;
  }

  /** A checked line: its entry and the SHA-256 (hex) of its text. */
  public record Line(int number, JournalEntry entry, String hash) {}

  private Line check(int number, String text, String previousMac) {
    String[] parts = text.split("\\|", -1);
    if (parts.length != FIELDS || !FORMAT.equals(parts[0])) {
      throw refused(number, "it is not a " + FORMAT + " journal line");
    }
    int version;
    try {
      version = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw refused(number, "its master key version is not a number");
    }
    String unsigned = text.substring(0, text.lastIndexOf('|'));
    byte[] expected = mac(version, previousMac, unsigned).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = parts[FIELDS - 1].getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw refused(number, "it fails its authentication check: the journal was altered");
    }
    try {
      return new Line(
          number,
          JournalEntry.parse(unsigned.substring(unsigned.indexOf('|', FORMAT.length() + 1) + 1)),
          hash(text));
    } catch (RuntimeException e) {
      throw refused(number, "it cannot be parsed (" + e.getClass().getSimpleName() + ")");
    }
  }

  private ErasureJournalException refused(int number, String why) {
    return new ErasureJournalException(
        "Line "
            + number
            + " of the erasure journal "
            + file
            + " is refused: "
            + why
            + ". Restore the journal from its own copy (never from a database backup) and start"
            + " again.");
  }

  private String mac(int version, String previousMac, String unsigned) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(keys.computeIfAbsent(version, this::deriveKey));
      hmac.update(previousMac.getBytes(StandardCharsets.US_ASCII));
      hmac.update((byte) '\n');
      byte[] tag = hmac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private SecretKeySpec deriveKey(int version) {
    MasterKey key =
        ring.version(version)
            .orElseThrow(
                () ->
                    new ErasureJournalException(
                        "The erasure journal "
                            + file
                            + " names master key version "
                            + version
                            + ", which the key store does not hold"));
    byte[] raw = key.derive(DERIVE_PURPOSE, 32);
    try {
      return new SecretKeySpec(raw, "HmacSHA256");
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }

  private static String macOf(String line) {
    return line == null ? "" : line.substring(line.lastIndexOf('|') + 1);
  }

  static String hash(String line) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The last complete line, read backwards from the end; null for an empty file. */
  private String lastLine(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return null;
    }
    if (readByte(channel, size - 1) != '\n') {
      throw new ErasureJournalException(
          "The erasure journal "
              + file
              + " ends in an incomplete line; it must be checked before anything is appended");
    }
    long end = size - 1;
    long start = 0;
    long scanned = end;
    while (scanned > 0) {
      long from = Math.max(0, scanned - TAIL_CHUNK);
      ByteBuffer chunk = ByteBuffer.allocate((int) (scanned - from));
      readFully(channel, chunk, from);
      int newline = lastNewline(chunk.array());
      if (newline >= 0) {
        start = from + newline + 1;
        break;
      }
      scanned = from;
    }
    ByteBuffer line = ByteBuffer.allocate((int) (end - start));
    readFully(channel, line, start);
    return new String(line.array(), StandardCharsets.UTF_8);
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte readByte(FileChannel channel, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    readFully(channel, one, position);
    return one.get(0);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new IOException("Unexpected end of file");
      }
      at += read;
    }
  }

  private boolean endsWithNewline() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.size() == 0 || readByte(channel, channel.size() - 1) == '\n';
    }
  }

  private boolean createIfMissing() throws IOException {
    if (Files.exists(file)) {
      return false;
    }
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      return true;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return false;
    }
  }

  /** Makes the new file's directory entry durable too, not only its contents. */
  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some file systems cannot sync a directory; the file's own contents are synced.
    }
  }
}
