package dev.custos.policies.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.audit.AuditChain.Start;
import dev.custos.policies.audit.ChainBreak.Kind;
import dev.custos.policies.crypto.Ed25519Signer;
import dev.custos.policies.crypto.Ed25519Verifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Ed25519Signer KEY = Ed25519Signer.generate(new SecureRandom());
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00.123456789Z");

  private final List<ChainedEvent> events = new ArrayList<>();
  private final List<Checkpoint> checkpoints = new ArrayList<>();

  @Test
  void anIntactChainVerifies() {
    seal(5);
    seal(3);

    ChainVerdict verdict = verify(Start.GENESIS);

    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.events()).isEqualTo(8);
    assertThat(verdict.lastSeq()).isEqualTo(8);
    assertThat(verdict.checkpoints()).isEqualTo(2);
  }

  @Test
  void anEmptyChainIsIntact() {
    assertThat(verify(Start.GENESIS).intact()).isTrue();
  }

  @Test
  void anEditedFieldBreaksTheEventsHash() {
    seal(5);
    ChainedEvent e = events.get(2);
    EventFields f = e.fields();
    events.set(
        2,
        new ChainedEvent(
            e.seq(),
            new EventFields(
                f.occurredAt(),
                "someone-else",
                f.roles(),
                f.action(),
                f.resourceType(),
                f.resourceId(),
                f.purpose(),
                f.outcome()),
            e.prevHash(),
            e.hash()));

    assertBreak(3, Kind.HASH_MISMATCH);
  }

  @Test
  void textMovedBetweenFieldsChangesTheHash() {
    EventFields a = fields(1, "user-1", "subject");
    EventFields b =
        new EventFields(
            a.occurredAt(),
            a.actor() + a.roles(),
            "",
            a.action(),
            a.resourceType(),
            a.resourceId(),
            a.purpose(),
            a.outcome());

    assertThat(ChainHash.next(ChainHash.GENESIS, a))
        .isNotEqualTo(ChainHash.next(ChainHash.GENESIS, b));
  }

  @Test
  void aDeletedEventLeavesAGap() {
    seal(5);
    events.remove(3);

    assertBreak(4, Kind.GAP);
  }

  @Test
  void deletedLastEventsContradictTheirCheckpoint() {
    seal(5);
    events.remove(4);

    assertBreak(5, Kind.GAP);
  }

  @Test
  void swappedEventsNoLongerFollowEachOther() {
    seal(5);
    ChainedEvent second = events.get(1);
    ChainedEvent third = events.get(2);
    events.set(1, new ChainedEvent(2, third.fields(), third.prevHash(), third.hash()));
    events.set(2, new ChainedEvent(3, second.fields(), second.prevHash(), second.hash()));

    assertBreak(2, Kind.REORDERED);
  }

  @Test
  void aDuplicatedSequenceNumberIsReported() {
    seal(5);
    ChainedEvent copy = events.get(2);
    events.add(3, copy);

    assertBreak(3, Kind.REORDERED);
  }

  @Test
  void anEventInsertedAndTheChainRewrittenContradictsTheCheckpoint() {
    seal(5);
    List<EventFields> forged = new ArrayList<>(events.stream().map(ChainedEvent::fields).toList());
    forged.add(2, fields(99, "intruder", "subject"));
    events.clear();
    String prev = ChainHash.GENESIS;
    for (int i = 0; i < 5; i++) {
      ChainedEvent e = ChainedEvent.seal(i + 1, prev, forged.get(i));
      events.add(e);
      prev = e.hash();
    }

    assertBreak(5, Kind.CHECKPOINT_MISMATCH);
  }

  @Test
  void eventsAppendedWithoutTheKeyHaveNoCheckpoint() {
    seal(5);
    ChainedEvent last = events.getLast();
    events.add(ChainedEvent.seal(6, last.hash(), fields(6, "intruder", "subject")));

    assertBreak(6, Kind.MISSING_CHECKPOINT);
  }

  @Test
  void aForgedOrForeignSignatureIsReported() {
    seal(5);
    Checkpoint c = checkpoints.getFirst();
    Checkpoint foreign =
        Checkpoint.sign(
            c.seq(), c.hash(), Ed25519Signer.generate(new SecureRandom()), c.signedAt());
    checkpoints.set(
        0, new Checkpoint(c.seq(), c.hash(), foreign.signature(), c.keyId(), c.signedAt()));

    assertBreak(5, Kind.BAD_SIGNATURE);

    checkpoints.set(0, foreign);
    assertBreak(5, Kind.BAD_SIGNATURE);
  }

  @Test
  void aSliceVerifiesFromItsFirstEvent() {
    seal(4);
    seal(4);
    events.subList(0, 4).clear();
    checkpoints.removeFirst();

    assertThat(verify(Start.ANCHORED).intact()).isTrue();
    assertThat(verify(Start.GENESIS).firstBreak().orElseThrow().kind()).isEqualTo(Kind.GAP);
  }

  private void assertBreak(long seq, Kind kind) {
    ChainVerdict verdict = verify(Start.GENESIS);
    assertThat(verdict.firstBreak()).isPresent();
    assertThat(verdict.firstBreak().get().seq()).as(verdict.toString()).isEqualTo(seq);
    assertThat(verdict.firstBreak().get().kind()).as(verdict.toString()).isEqualTo(kind);
  }

  private ChainVerdict verify(Start start) {
    Ed25519Verifier publicKey = KEY.verifier();
    return AuditChain.verify(
        events.iterator(),
        checkpoints.iterator(),
        id -> id.equals(publicKey.keyId()) ? Optional.of(publicKey) : Optional.empty(),
        start);
  }

  /** Seals n more events and signs a checkpoint after them, as the server's sealer does. */
  private void seal(int n) {
    String prev = events.isEmpty() ? ChainHash.GENESIS : events.getLast().hash();
    for (int i = 0; i < n; i++) {
      long seq = events.size() + 1;
      ChainedEvent e = ChainedEvent.seal(seq, prev, fields(seq, "user-" + seq, "subject"));
      events.add(e);
      prev = e.hash();
    }
    ChainedEvent last = events.getLast();
    checkpoints.add(Checkpoint.sign(last.seq(), last.hash(), KEY, T0.plusSeconds(last.seq())));
  }

  private static EventFields fields(long i, String actor, String type) {
    return new EventFields(
        T0.plusSeconds(i), actor, "auditor", "audit.verify", type, "s-" + i, null, "success");
  }
}
