package dev.custos.policies.purpose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads and validates policy packs from the class path, from files, or from text. Every problem of
 * a file is reported at once, each as {@code file:line: field: message}, in a {@link
 * PolicyPackException}. Pack files are UTF-8 YAML; the format is described in {@code
 * docs/policy-packs.md}.
 */
public final class PolicyPacks {

  /** Where the packs shipped with Custos live on the class path. */
  public static final String SHIPPED_DIRECTORY = "dev/custos/policies/packs/";

  private PolicyPacks() {}

  /** The shipped GDPR pack (jurisdiction EU). */
  public static PolicyPack gdpr() {
    return fromResource(SHIPPED_DIRECTORY + "gdpr.yaml");
  }

  /** The shipped PIPL pack (jurisdiction CN). */
  public static PolicyPack pipl() {
    return fromResource(SHIPPED_DIRECTORY + "pipl.yaml");
  }

  /** Every pack shipped with Custos: GDPR, then PIPL. */
  public static List<PolicyPack> shipped() {
    return List.of(gdpr(), pipl());
  }

  /**
   * Loads a pack from a class-path resource, for example {@code
   * dev/custos/policies/packs/gdpr.yaml}. Problems name the resource by its file name.
   *
   * @throws PolicyPackException if the resource is missing, unreadable or not a valid pack
   */
  public static PolicyPack fromResource(String resourceName) {
    Objects.requireNonNull(resourceName, "resourceName");
    String file = fileName(resourceName);
    try (InputStream in = PolicyPacks.class.getClassLoader().getResourceAsStream(resourceName)) {
      if (in == null) {
        throw unreadable(file, "no such resource on the class path");
      }
      return fromBytes(file, in.readAllBytes());
    } catch (IOException e) {
      throw unreadable(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Loads a pack from a file. Problems name the file by its file name.
   *
   * @throws PolicyPackException if the file is missing, unreadable or not a valid pack
   */
  public static PolicyPack fromFile(Path path) {
    Objects.requireNonNull(path, "path");
    String file = fileName(path.toString());
    try {
      return fromBytes(file, Files.readAllBytes(path));
    } catch (IOException e) {
      throw unreadable(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Parses a pack from YAML text.
   *
   * @param file the name problems give the text, for example {@code gdpr.yaml}
   * @throws PolicyPackException if the text is not a valid pack
   */
  public static PolicyPack fromText(String file, String yaml) {
    return PackParser.parse(Objects.requireNonNull(file, "file"), Objects.requireNonNull(yaml));
  }

  private static PolicyPack fromBytes(String file, byte[] bytes) {
    String yaml;
    try {
      // A strict decoder: a pack that is not valid UTF-8 is refused rather than read with
      // replacement characters that would end up in purpose names.
      yaml =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw unreadable(file, "is not valid UTF-8");
    }
    return PackParser.parse(file, yaml);
  }

  private static PolicyPackException unreadable(String file, String message) {
    return new PolicyPackException(List.of(new PolicyPackProblem(file, 1, 1, "(file)", message)));
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
