package dev.custos.server.consent;

import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The key pair that signs consent receipts (ES256, P-256), made at first start in {@code
 * <data>/keys}: the private key readable by the owner only.
 *
 * <p>It is not the token-signing key on purpose. A receipt is evidence a person keeps for years and
 * verifies offline, so its key must outlive token-key rotations and must exist when sign-in is
 * delegated to an external identity provider (the token key then signs nothing); and a leak of one
 * key must not let anyone forge the other kind of signature. Receipts are signed with the JDK's own
 * ECDSA, so a verifier built on any JOSE library checks the server independently.
 */
@ApplicationScoped
public class ReceiptKeys {

  static final String PRIVATE_FILE = "consent-receipt-private.pem";
  static final String PUBLIC_FILE = "consent-receipt-public.pem";
  private static final int COORDINATE_BYTES = 32;
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final DataDirectory dataDirectory;
  private volatile Loaded loaded;

  @Inject
  public ReceiptKeys(DataDirectory dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** For CDI client proxies only. */
  protected ReceiptKeys() {
    this.dataDirectory = null;
  }

  /** Signs the JWS signing input ({@code header.payload}); the signature in JWS (R || S) form. */
  public byte[] sign(byte[] signingInput) {
    try {
      Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
      signer.initSign(keys().privateKey());
      signer.update(signingInput);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a consent receipt with ES256", e);
    }
  }

  /** The key id: the RFC 7638 thumbprint of the public key. */
  public String keyId() {
    return keys().keyId();
  }

  /** The public key set to publish (RFC 7517), so that anyone can verify a receipt offline. */
  public JsonObject publicKeys() {
    return Json.createObjectBuilder()
        .add("keys", Json.createArrayBuilder().add(publicJwk(keys())))
        .build();
  }

  private Loaded keys() {
    Loaded current = loaded;
    if (current == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = loadOrCreate();
        }
        current = loaded;
      }
    }
    return current;
  }

  private Loaded loadOrCreate() {
    Path dir = dataDirectory.directory("keys");
    Path privateFile = dir.resolve(PRIVATE_FILE);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    try {
      if (!Files.exists(privateFile)) {
        create(privateFile, publicFile);
      }
      KeyFactory ec = KeyFactory.getInstance("EC");
      var privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
      var publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(der(publicFile)));
      return new Loaded(privateKey, publicKey, thumbprint(publicKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the receipt-signing key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The receipt-signing key in " + dir + " is unusable", e);
    }
  }

  private static void create(Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
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

  private static JsonObject publicJwk(Loaded keys) {
    return Json.createObjectBuilder()
        .add("kty", "EC")
        .add("crv", "P-256")
        .add("x", coordinate(keys.publicKey().getW().getAffineX()))
        .add("y", coordinate(keys.publicKey().getW().getAffineY()))
        .add("use", "sig")
        .add("alg", "ES256")
        .add("kid", keys.keyId())
        .build();
  }

  /** RFC 7638: SHA-256 of the required members in lexicographic order, without white space. */
  private static String thumbprint(ECPublicKey key) throws GeneralSecurityException {
    String canonical =
        "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\""
            + coordinate(key.getW().getAffineX())
            + "\",\"y\":\""
            + coordinate(key.getW().getAffineY())
            + "\"}";
    return B64URL.encodeToString(
        MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  /** A coordinate as RFC 7518 §6.2.1.2 wants it: big-endian, exactly 32 bytes, base64url. */
  private static String coordinate(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[COORDINATE_BYTES];
    int copy = Math.min(bytes.length, COORDINATE_BYTES);
    System.arraycopy(bytes, bytes.length - copy, fixed, COORDINATE_BYTES - copy, copy);
    return B64URL.encodeToString(fixed);
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

  private record Loaded(ECPrivateKey privateKey, ECPublicKey publicKey, String keyId) {
    @Override
    public String toString() {
      // Never print the private key.
      return "ReceiptKeys[kid=" + keyId + "]";
    }
  }
}
