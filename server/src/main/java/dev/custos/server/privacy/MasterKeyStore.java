package dev.custos.server.privacy;

import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.Pkcs12KeySource;
import dev.custos.policies.keys.Pkcs12Settings;
import dev.custos.policies.keys.SecretSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds, and on the first start creates, the PKCS#12 master key store. Without settings, the key
 * store is {@code <data>/keys/master.p12} and its pass phrase a random one in {@code
 * <data>/keys/master.passphrase} (mode 600); an administrator who keeps the pass phrase elsewhere
 * names a file ({@value #PASSPHRASE_FILE}) or sets {@value #PASSPHRASE_VARIABLE}. The pass phrase
 * is never logged.
 */
public final class MasterKeyStore {

  public static final String KEYSTORE = "custos.keys.keystore";
  public static final String PASSPHRASE_FILE = "custos.keys.passphrase-file";
  public static final String PASSPHRASE_VARIABLE = "CUSTOS_KEYS_PASSPHRASE";
  static final String DEFAULT_KEYSTORE = "master.p12";
  static final String DEFAULT_PASSPHRASE = "master.passphrase";

  private final Path keysDirectory;
  private final Optional<Path> keystore;
  private final Optional<Path> passphraseFile;
  private final Function<String, String> environment;
  private final SecureRandom random;

  /**
   * @param keysDirectory where the default key store and pass phrase live ({@code <data>/keys})
   * @param environment looks up environment variables; {@code System::getenv} outside tests
   */
  public MasterKeyStore(
      Path keysDirectory,
      Optional<Path> keystore,
      Optional<Path> passphraseFile,
      Function<String, String> environment,
      SecureRandom random) {
    this.keysDirectory = Objects.requireNonNull(keysDirectory, "keysDirectory");
    this.keystore = Objects.requireNonNull(keystore, KEYSTORE);
    this.passphraseFile = Objects.requireNonNull(passphraseFile, PASSPHRASE_FILE);
    this.environment = Objects.requireNonNull(environment, "environment");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Loads the master keys, creating the key store (and a default pass phrase) if there is none. */
  public MasterKeyRing loadOrCreate() {
    Pkcs12Settings settings =
        new Pkcs12Settings(
            keystore.orElse(keysDirectory.resolve(DEFAULT_KEYSTORE)), passphraseSource());
    Pkcs12KeySource source = new Pkcs12KeySource(settings, environment, random);
    if (!Files.exists(settings.keyStore())) {
      if (settings.passphrase() instanceof SecretSource.FromFile f
          && f.path().equals(defaultPassphrase())) {
        writeRandomPassphrase(f.path());
      }
      source.create();
    }
    return source.load();
  }

  private SecretSource passphraseSource() {
    if (passphraseFile.isPresent()) {
      return new SecretSource.FromFile(PASSPHRASE_FILE, passphraseFile.get());
    }
    String fromEnvironment = environment.apply(PASSPHRASE_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return new SecretSource.FromEnvironment(PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE);
    }
    return new SecretSource.FromFile(PASSPHRASE_FILE, defaultPassphrase());
  }

  private Path defaultPassphrase() {
    return keysDirectory.resolve(DEFAULT_PASSPHRASE);
  }

  /**
   * Writes a fresh pass phrase, owner-only from its creation. An existing file is kept: it may be
   * the pass phrase of a key store that was moved away, and overwriting it would lose that store.
   */
  private void writeRandomPassphrase(Path file) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    byte[] text = Base64.getUrlEncoder().withoutPadding().encode(secret);
    try {
      Files.createDirectories(file.getParent());
      Files.write(
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
          text,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException kept) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the master key pass phrase file " + file, e);
    } finally {
      Arrays.fill(secret, (byte) 0);
      Arrays.fill(text, (byte) 0);
    }
  }
}
