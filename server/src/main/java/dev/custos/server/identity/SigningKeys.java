package dev.custos.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key pair that signs standalone tokens. Made at first start in {@code <data>/keys}: the
 * private key readable by the owner only, the public key where {@code
 * mp.jwt.verify.publickey.location} points, so the server validates its own tokens exactly as it
 * validates an external provider's.
 */
@ApplicationScoped
public class SigningKeys {

  static final String PRIVATE_FILE = "token-signing-private.pem";
  static final String PUBLIC_FILE = "token-signing-public.pem";

  private final DataDirectory dataDirectory;
  private volatile RSAKey key;

  @Inject
  public SigningKeys(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** For CDI client proxies only. */
  protected SigningKeys() {
    this.dataDirectory = null;
  }

  /** Loads the key pair, creating it first if this installation has none. */
  public synchronized void ensureExists() {
    if (key != null) {
      return;
    }
    Path dir = dataDirectory.directory("keys");
    Path privateFile = dir.resolve(PRIVATE_FILE);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    try {
      if (!Files.exists(privateFile)) {
        create(privateFile, publicFile);
      }
      key = load(privateFile, publicFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the token-signing key in " + dir, e);
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("The token-signing key in " + dir + " is unusable", e);
    }
  }

  /** The signing key with its key id (the RFC 7638 thumbprint of the public key). */
  public RSAKey signingKey() {
    ensureExists();
    return key;
  }

  /** The public key set to publish, so that other services can verify Custos tokens. */
  public JWKSet publicKeys() {
    return new JWKSet(signingKey().toPublicJWK());
  }

  private static void create(Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair pair = generator.generateKeyPair();
    try {
      Files.write(
          privateFile,
          pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    Files.write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static RSAKey load(Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException, JOSEException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    var privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
    var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicFile)));
    return new RSAKey.Builder(publicKey)
        .privateKey(privateKey)
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .keyIDFromThumbprint()
        .build();
  }

  private static byte[] pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] der(Path pemFile) throws IOException {
    String text = Files.readString(pemFile, StandardCharsets.US_ASCII);
    String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }
}
