package dev.custos.installer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.policies.audit.AuditChain;
import dev.custos.policies.audit.ChainVerdict;
import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.audit.EventFields;
import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.policies.crypto.Pem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An export of {@code GET /api/v1/audit/export} (JSON Lines), verified offline: the events with
 * their chain fields, the checkpoints and, unless the auditor brings their own copy, the public key
 * in the file. A full export starts at seq 1 and is checked from the genesis hash; a slice is
 * checked from its first event's {@code prevHash}.
 */
public final class ExportFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The verdict, and whether the key came from the file itself rather than from the auditor. */
  public record Result(ChainVerdict verdict, String keyId, boolean keyFromFile) {}

  private ExportFile() {}

  public static Result verify(Path file, Optional<Ed25519Verifier> trustedKey) {
    List<ChainedEvent> events = new ArrayList<>();
    List<Checkpoint> checkpoints = new ArrayList<>();
    Ed25519Verifier fileKey = null;
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = JSON.readTree(line);
        switch (o.path("type").asText()) {
          case "key" ->
              fileKey =
                  Ed25519Verifier.fromX509(
                      Pem.decode(Pem.PUBLIC_KEY, o.path("publicKey").asText()));
          case "event" -> events.add(event(o));
          case "checkpoint" ->
              checkpoints.add(
                  new Checkpoint(
                      o.path("seq").asLong(),
                      o.path("hash").asText(),
                      o.path("signature").asText(),
                      o.path("keyId").asText(),
                      Instant.parse(o.path("signedAt").asText())));
          default ->
              throw new AuditReadException(file + ", line " + lineNumber + ": unknown type.");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof AuditReadException known) {
        throw known;
      }
      throw new AuditReadException(
          file
              + ", line "
              + lineNumber
              + ": not an audit export line ("
              + e.getClass().getSimpleName()
              + ").",
          e);
    }
    Ed25519Verifier key = trustedKey.orElse(fileKey);
    if (key == null) {
      throw new AuditReadException(file + " holds no public key: give --public-key.");
    }
    boolean fromGenesis = events.isEmpty() || events.getFirst().seq() == 1;
    ChainVerdict verdict =
        AuditChain.verify(
            events.iterator(),
            checkpoints.iterator(),
            id -> id.equals(key.keyId()) ? Optional.of(key) : Optional.empty(),
            fromGenesis ? AuditChain.Start.GENESIS : AuditChain.Start.ANCHORED);
    return new Result(verdict, key.keyId(), trustedKey.isEmpty());
  }

  private static ChainedEvent event(JsonNode o) {
    return new ChainedEvent(
        o.path("seq").asLong(),
        new EventFields(
            Instant.parse(o.path("occurredAt").asText()),
            text(o, "actor"),
            text(o, "roles"),
            text(o, "action"),
            text(o, "resourceType"),
            text(o, "resourceId"),
            text(o, "purpose"),
            text(o, "outcome")),
        text(o, "prevHash"),
        text(o, "hash"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode value = o.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
