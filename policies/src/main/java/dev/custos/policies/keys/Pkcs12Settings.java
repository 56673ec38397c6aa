package dev.custos.policies.keys;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a PKCS#12 master key store: the key store file and where its pass phrase comes from.
 *
 * @param keyStore the key store file ({@value #FILE})
 * @param passphrase a pass-phrase file ({@value #PASSPHRASE_FILE}) or environment variable ({@value
 *     #PASSPHRASE_ENV})
 */
public record Pkcs12Settings(Path keyStore, SecretSource passphrase) {

  public static final String FILE = "custos.keys.pkcs12.file";
  public static final String PASSPHRASE_FILE = "custos.keys.pkcs12.passphrase-file";
  public static final String PASSPHRASE_ENV = "custos.keys.pkcs12.passphrase-env";

  public Pkcs12Settings {
    Objects.requireNonNull(keyStore, FILE);
    Objects.requireNonNull(passphrase, "passphrase");
  }

  /**
   * Reads the settings from name-value pairs, such as a configuration file.
   *
   * @throws KeySettingsException naming the setting that is missing, empty or in conflict
   */
  public static Pkcs12Settings from(Map<String, String> settings) {
    String file = settings.get(FILE);
    if (file == null || file.isBlank()) {
      throw new KeySettingsException(FILE + " must name the PKCS#12 key store file");
    }
    return new Pkcs12Settings(
        Path.of(file.strip()), secretSource(settings, PASSPHRASE_FILE, PASSPHRASE_ENV));
  }

  static SecretSource secretSource(
      Map<String, String> settings, String fileSetting, String envSetting) {
    String file = settings.get(fileSetting);
    String env = settings.get(envSetting);
    boolean hasFile = file != null && !file.isBlank();
    boolean hasEnv = env != null && !env.isBlank();
    if (hasFile == hasEnv) {
      throw new KeySettingsException("Set exactly one of " + fileSetting + " and " + envSetting);
    }
    return hasFile
        ? new SecretSource.FromFile(fileSetting, Path.of(file.strip()))
        : new SecretSource.FromEnvironment(envSetting, env.strip());
  }
}
