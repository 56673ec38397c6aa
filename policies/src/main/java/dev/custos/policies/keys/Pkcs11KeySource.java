package dev.custos.policies.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * Master keys in an HSM, through the JDK's SunPKCS11 provider. The key material never leaves the
 * token: wrapping, unwrapping and derivation run inside it (see {@link Pkcs11MasterKey} for the
 * mechanisms and why they differ from a PKCS#12 key store).
 *
 * <p>Version {@code N} is the token key pair {@code kek-N} (AES-256) and {@code kek-N-hmac}
 * (HMAC-SHA-256). Both must be sensitive and non-extractable; the provider configuration decides
 * this through its {@code attributes(generate, …)} lines, and this class refuses keys that the
 * token would hand out.
 */
public final class Pkcs11KeySource implements MasterKeySource {

  static final String HMAC_SUFFIX = "-hmac";

  private final Pkcs11Settings settings;
  private final Function<String, String> environment;
  private final SecureRandom random;
  private Provider provider;

  /**
   * @param environment looks up environment variables; {@code System::getenv} outside tests
   */
  public Pkcs11KeySource(
      Pkcs11Settings settings, Function<String, String> environment, SecureRandom random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A source reading the PIN from this process's environment. */
  public static Pkcs11KeySource withSystemEnvironment(Pkcs11Settings settings) {
    return new Pkcs11KeySource(settings, System::getenv, new SecureRandom());
  }

  @Override
  public MasterKeyRing load() {
    KeyStore token = login();
    List<MasterKey> keys = new ArrayList<>();
    try {
      for (String alias : Collections.list(token.aliases())) {
        OptionalInt version = KekAlias.version(alias);
        if (version.isPresent()) {
          SecretKey wrapping = tokenKey(token, alias);
          SecretKey hmac = tokenKey(token, alias + HMAC_SUFFIX);
          keys.add(new Pkcs11MasterKey(version.getAsInt(), provider(), wrapping, hmac, random));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("Cannot read master keys from the HSM", e);
    }
    if (keys.isEmpty()) {
      throw new MasterKeyException("The HSM token holds no master key (aliases kek-1, kek-2, …)");
    }
    return MasterKeyRing.latestActive(keys);
  }

  @Override
  public int addVersion() {
    KeyStore token = login();
    try {
      int next = 1;
      for (String alias : Collections.list(token.aliases())) {
        next = Math.max(next, KekAlias.version(alias).orElse(0) + 1);
      }
      String alias = KekAlias.of(next);
      store(token, alias + HMAC_SUFFIX, generate("HmacSHA256"));
      store(token, alias, generate("AES"));
      return next;
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("The HSM refused to create a master key", e);
    }
  }

  private SecretKey generate(String algorithm) throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance(algorithm, provider());
    generator.init(256, random);
    return generator.generateKey();
  }

  private void store(KeyStore token, String alias, SecretKey key) throws GeneralSecurityException {
    token.setEntry(alias, new KeyStore.SecretKeyEntry(key), null);
    // Checked after storing: the token object, not the session key, is what must stay inside.
    tokenKey(token, alias);
  }

  private SecretKey tokenKey(KeyStore token, String alias) throws GeneralSecurityException {
    Key key = token.getKey(alias, null);
    if (!(key instanceof SecretKey secret)) {
      throw new MasterKeyException("The HSM token has no secret key " + alias);
    }
    if (secret.getEncoded() != null) {
      throw new MasterKeyException(
          "Token key "
              + alias
              + " is extractable; set CKA_SENSITIVE = true and CKA_EXTRACTABLE = false in the"
              + " attributes(generate, CKO_SECRET_KEY, …) lines of "
              + settings.providerConfig());
    }
    return secret;
  }

  private KeyStore login() {
    char[] pin = KeyFiles.readSecret(settings.pin(), environment);
    try {
      KeyStore token = KeyStore.getInstance("PKCS11", provider());
      token.load(null, pin);
      return token;
    } catch (GeneralSecurityException | IOException e) {
      throw new MasterKeyException(
          "Cannot log in to the HSM configured by " + settings.providerConfig(), e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  /** The provider is configured once per source: each configuration loads the token library. */
  private synchronized Provider provider() {
    if (provider == null) {
      if (!Files.isReadable(settings.providerConfig())) {
        throw new KeySettingsException(
            Pkcs11Settings.CONFIG
                + " names "
                + settings.providerConfig()
                + ", not a readable file");
      }
      Provider base = Security.getProvider("SunPKCS11");
      if (base == null) {
        throw new MasterKeyException("This Java runtime has no SunPKCS11 provider");
      }
      try {
        provider = base.configure(settings.providerConfig().toString());
      } catch (RuntimeException e) {
        throw new MasterKeyException(
            "SunPKCS11 rejected the configuration " + settings.providerConfig(), e);
      }
    }
    return provider;
  }
}
