package dev.custos.policies.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text (RFC 7468) around DER structures, so that keys are files people and tools can read. */
public final class Pem {

  public static final String PRIVATE_KEY = "PRIVATE KEY";
  public static final String PUBLIC_KEY = "PUBLIC KEY";

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  private Pem() {}

  public static String encode(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  /** The DER inside the first block of the given type; the message never quotes the text. */
  public static byte[] decode(String type, String text) {
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(type)) {
        return Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
      }
    }
    throw new IllegalArgumentException("No PEM block of type " + type);
  }
}
