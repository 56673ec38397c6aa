package dev.custos.server.privacy;

import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's master keys, loaded once at start-up (and created on the first start) from the
 * key store that {@link MasterKeyStore} finds. Logs versions only, never key material or the pass
 * phrase.
 */
@ApplicationScoped
public class MasterKeys {

  private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

  private final DataDirectory dataDirectory;
  private final Optional<String> keystore;
  private final Optional<String> passphraseFile;
  private volatile MasterKeyRing ring;

  @Inject
  public MasterKeys(
      DataDirectory dataDirectory,
      @ConfigProperty(name = MasterKeyStore.KEYSTORE) Optional<String> keystore,
      @ConfigProperty(name = MasterKeyStore.PASSPHRASE_FILE) Optional<String> passphraseFile) {
    this.dataDirectory = dataDirectory;
    this.keystore = keystore.filter(s -> !s.isBlank());
    this.passphraseFile = passphraseFile.filter(s -> !s.isBlank());
  }

  /** For CDI client proxies only. */
  protected MasterKeys() {
    this.dataDirectory = null;
    this.keystore = Optional.empty();
    this.passphraseFile = Optional.empty();
  }

  /** Loads the master keys, creating the key store first if this installation has none. */
  public synchronized void ensureLoaded() {
    if (ring != null) {
      return;
    }
    MasterKeyRing loaded =
        new MasterKeyStore(
                dataDirectory.directory("keys"),
                keystore.map(Path::of),
                passphraseFile.map(Path::of),
                System::getenv,
                new SecureRandom())
            .loadOrCreate();
    LOG.info(
        () ->
            "Master keys loaded: versions "
                + loaded.versions()
                + ", active "
                + loaded.active().version());
    ring = loaded;
  }

  public MasterKeyRing ring() {
    ensureLoaded();
    return ring;
  }
}
