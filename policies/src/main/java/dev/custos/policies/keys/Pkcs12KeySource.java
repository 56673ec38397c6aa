package dev.custos.policies.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import javax.crypto.spec.SecretKeySpec;

/**
 * Master keys in a PKCS#12 key store file (the JDK's {@code PKCS12} type): one AES-256 secret key
 * entry per version, aliased {@code kek-1}, {@code kek-2}, …, each protected by the key store's
 * pass phrase.
 *
 * <p>The key store and a pass-phrase file must be private to their owner (mode 600): Custos refuses
 * to open them otherwise, because whoever reads both can decrypt everything. Files written here are
 * created with mode 600 and replaced atomically, so a crash never leaves a half-written key store.
 */
public final class Pkcs12KeySource implements MasterKeySource {

  private static final String TYPE = "PKCS12";

  private final Pkcs12Settings settings;
  private final Function<String, String> environment;
  private final SecureRandom random;

  /**
   * @param environment looks up environment variables; {@code System::getenv} outside tests
   */
  public Pkcs12KeySource(
      Pkcs12Settings settings, Function<String, String> environment, SecureRandom random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A source reading pass phrases from this process's environment. */
  public static Pkcs12KeySource withSystemEnvironment(Pkcs12Settings settings) {
    return new Pkcs12KeySource(settings, System::getenv, new SecureRandom());
  }

  @Override
  public MasterKeyRing load() {
    char[] passphrase = KeyFiles.readSecret(settings.passphrase(), environment);
    try {
      KeyStore store = open(passphrase);
      List<MasterKey> keys = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        OptionalInt version = KekAlias.version(alias);
        if (version.isPresent()) {
          keys.add(masterKey(store, alias, version.getAsInt(), passphrase));
        }
      }
      if (keys.isEmpty()) {
        throw new MasterKeyException(
            "Key store " + settings.keyStore() + " holds no master key (aliases kek-1, kek-2, …)");
      }
      return MasterKeyRing.latestActive(keys);
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("Cannot read master keys from " + settings.keyStore(), e);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /**
   * Creates the key store with a first master key, {@code kek-1}.
   *
   * @throws MasterKeyException when the file already exists: an existing key store is never
   *     overwritten, since that would make all data under it unreadable
   */
  public void create() {
    if (Files.exists(settings.keyStore())) {
      throw new MasterKeyException(
          "Key store " + settings.keyStore() + " already exists; it is never overwritten");
    }
    char[] passphrase = KeyFiles.readSecret(settings.passphrase(), environment);
    try {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(null, null);
      addKey(store, 1, passphrase);
      write(store, passphrase);
    } catch (GeneralSecurityException | IOException e) {
      throw new MasterKeyException("Cannot create key store " + settings.keyStore(), e);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  @Override
  public int addVersion() {
    char[] passphrase = KeyFiles.readSecret(settings.passphrase(), environment);
    try {
      KeyStore store = open(passphrase);
      int next = 1;
      for (String alias : Collections.list(store.aliases())) {
        next = Math.max(next, KekAlias.version(alias).orElse(0) + 1);
      }
      addKey(store, next, passphrase);
      write(store, passphrase);
      return next;
    } catch (GeneralSecurityException | IOException e) {
      throw new MasterKeyException("Cannot add a master key to " + settings.keyStore(), e);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private KeyStore open(char[] passphrase) {
    Path file = settings.keyStore();
    KeyFiles.requireOwnerOnly(file, "Key store");
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance(TYPE);
      store.load(in, passphrase);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new MasterKeyException(
          "Cannot open key store " + file + ": wrong pass phrase or damaged file", e);
    }
  }

  private MasterKey masterKey(KeyStore store, String alias, int version, char[] passphrase)
      throws GeneralSecurityException {
    Key key = store.getKey(alias, passphrase);
    byte[] bytes = key == null ? null : key.getEncoded();
    if (bytes == null || bytes.length != 32 || !"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new MasterKeyException(
          "Entry " + alias + " of " + settings.keyStore() + " is not an AES-256 secret key");
    }
    try {
      return new SoftwareMasterKey(version, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private void addKey(KeyStore store, int version, char[] passphrase)
      throws GeneralSecurityException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    try {
      store.setEntry(
          KekAlias.of(version),
          new KeyStore.SecretKeyEntry(new SecretKeySpec(bytes, "AES")),
          new KeyStore.PasswordProtection(passphrase));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private void write(KeyStore store, char[] passphrase)
      throws GeneralSecurityException, IOException {
    Path target = settings.keyStore().toAbsolutePath();
    Path temporary =
        Files.createTempFile(
            target.getParent(),
            ".custos-keys-",
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, passphrase);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
