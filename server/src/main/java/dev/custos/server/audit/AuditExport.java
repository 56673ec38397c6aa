package dev.custos.server.audit;

import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.server.audit.store.AuditChainReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;

/**
 * Writes a slice of the sealed trail as JSON Lines that an auditor verifies offline: first the
 * public key ({@code "type":"key"}), then every event of the slice with its chain fields ({@code
 * "type":"event"}), then the checkpoints that sign it ({@code "type":"checkpoint"}). The slice is
 * the contiguous range of sequence numbers from the first event at or after {@code from} to the
 * first checkpoint at or after the last event before {@code to}, so that a signature covers every
 * line.
 */
@ApplicationScoped
public class AuditExport {

  private final EntityManager em;
  private final AuditSigningKey key;

  @Inject
  public AuditExport(EntityManager em, AuditSigningKey key) {
    this.em = em;
    this.key = key;
  }

  /** For CDI client proxies only. */
  protected AuditExport() {
    this.em = null;
    this.key = null;
  }

  /** Writes the slice; does not close the stream. */
  @Transactional
  public void write(Instant from, Instant to, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writeLine(
        writer,
        Json.createObjectBuilder()
            .add("type", "key")
            .add("algorithm", "Ed25519")
            .add("keyId", key.publicKey().keyId())
            .add("publicKey", key.publicPem())
            .build());
    AuditChainReader reader = new AuditChainReader(em);
    AuditChainReader.SeqRange range = reader.range(from, to);
    if (!range.isEmpty()) {
      for (Iterator<ChainedEvent> events = reader.events(range.first(), range.last());
          events.hasNext(); ) {
        writeLine(writer, event(events.next()));
      }
      for (Iterator<Checkpoint> checkpoints = reader.checkpoints(range.first(), range.last());
          checkpoints.hasNext(); ) {
        writeLine(writer, checkpoint(checkpoints.next()));
      }
    }
    writer.flush();
  }

  private static JsonObject event(ChainedEvent e) {
    var f = e.fields();
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("type", "event")
            .add("seq", e.seq())
            .add("occurredAt", f.occurredAt().toString())
            .add("actor", f.actor())
            .add("roles", f.roles())
            .add("action", f.action())
            .add("resourceType", f.resourceType());
    addOrNull(b, "resourceId", f.resourceId());
    addOrNull(b, "purpose", f.purpose());
    addOrNull(b, "outcome", f.outcome());
    addOrNull(b, "prevHash", e.prevHash());
    addOrNull(b, "hash", e.hash());
    return b.build();
  }

  private static JsonObject checkpoint(Checkpoint c) {
    return Json.createObjectBuilder()
        .add("type", "checkpoint")
        .add("seq", c.seq())
        .add("hash", c.hash())
        .add("signature", c.signature())
        .add("keyId", c.keyId())
        .add("signedAt", c.signedAt().toString())
        .build();
  }

  private static void addOrNull(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static void writeLine(Writer writer, JsonObject line) throws IOException {
    writer.write(line.toString());
    writer.write('\n');
  }
}
