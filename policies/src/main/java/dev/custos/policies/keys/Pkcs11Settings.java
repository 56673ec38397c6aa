package dev.custos.policies.keys;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of master keys held in an HSM through the JDK's SunPKCS11 provider.
 *
 * @param providerConfig the SunPKCS11 configuration file ({@value #CONFIG}): library, slot, and the
 *     key attributes that keep master keys sensitive and non-extractable (see the admin guide)
 * @param pin the token user's PIN, from a file ({@value #PIN_FILE}) or an environment variable
 *     ({@value #PIN_ENV})
 */
public record Pkcs11Settings(Path providerConfig, SecretSource pin) {

  public static final String CONFIG = "custos.keys.pkcs11.config";
  public static final String PIN_FILE = "custos.keys.pkcs11.pin-file";
  public static final String PIN_ENV = "custos.keys.pkcs11.pin-env";

  public Pkcs11Settings {
    Objects.requireNonNull(providerConfig, CONFIG);
    Objects.requireNonNull(pin, "pin");
  }

  /**
   * Reads the settings from name-value pairs, such as a configuration file.
   *
   * @throws KeySettingsException naming the setting that is missing, empty or in conflict
   */
  public static Pkcs11Settings from(Map<String, String> settings) {
    String config = settings.get(CONFIG);
    if (config == null || config.isBlank()) {
      throw new KeySettingsException(CONFIG + " must name the SunPKCS11 configuration file");
    }
    return new Pkcs11Settings(
        Path.of(config.strip()), Pkcs12Settings.secretSource(settings, PIN_FILE, PIN_ENV));
  }
}
