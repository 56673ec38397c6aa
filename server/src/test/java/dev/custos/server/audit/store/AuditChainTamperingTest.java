package dev.custos.server.audit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.audit.AuditChain;
import dev.custos.policies.audit.ChainBreak.Kind;
import dev.custos.policies.audit.ChainHash;
import dev.custos.policies.audit.ChainVerdict;
import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.audit.EventFields;
import dev.custos.policies.crypto.Ed25519Signer;
import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tampers with the sealed audit trail directly in the database, as someone with database access but
 * without the signing key would, and checks that the verification names the first broken link.
 * Twelve events are sealed in batches of five, so checkpoints sign seq 5, 10 and 12.
 */
class AuditChainTamperingTest {

  /** One migrated database per kind for the whole class; each test empties the trail first. */
  private static final Map<String, DataSource> SOURCES = new ConcurrentHashMap<>();

  private static final Map<String, Jpa> UNITS = new ConcurrentHashMap<>();

  private static final Ed25519Signer KEY = Ed25519Signer.generate(new SecureRandom());
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456789Z");

  /** One way to tamper, and the first broken link it must produce. */
  record Tampering(String name, Sql change, long seq, Kind kind) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Sql {
    void apply(Connection c) throws SQLException;
  }

  static Stream<Arguments> tamperings() {
    List<Tampering> all =
        List.of(
            new Tampering(
                "edit a field",
                c -> update(c, "update audit_event set actor = 'someone-else' where seq = 7"),
                7,
                Kind.HASH_MISMATCH),
            new Tampering(
                "swap a field between two events",
                c -> {
                  update(c, "update audit_event set action = 'tmp' where seq = 8");
                  update(c, "update audit_event set action = 'action.8' where seq = 9");
                  update(c, "update audit_event set action = 'action.9' where seq = 8");
                },
                8,
                Kind.HASH_MISMATCH),
            new Tampering(
                "delete an event",
                c -> update(c, "delete from audit_event where seq = 4"),
                4,
                Kind.GAP),
            new Tampering(
                "delete the last events",
                c -> update(c, "delete from audit_event where seq > 10"),
                11,
                Kind.GAP),
            new Tampering(
                "swap two events' places",
                c -> {
                  update(c, "update audit_event set seq = -1 where seq = 3");
                  update(c, "update audit_event set seq = 3 where seq = 4");
                  update(c, "update audit_event set seq = 4 where seq = -1");
                },
                3,
                Kind.REORDERED),
            new Tampering(
                "append a well-linked event",
                AuditChainTamperingTest::appendForged,
                13,
                Kind.MISSING_CHECKPOINT),
            new Tampering(
                "insert an event and rewrite the chain after it",
                AuditChainTamperingTest::insertAndRehash,
                10,
                Kind.CHECKPOINT_MISMATCH),
            new Tampering(
                "replace a checkpoint's signature",
                c -> {
                  Checkpoint forged =
                      Checkpoint.sign(
                          10, hashAt(c, 10), Ed25519Signer.generate(new SecureRandom()), T0);
                  update(
                      c,
                      "update audit_checkpoint set signature = '"
                          + forged.signature()
                          + "' where seq = 10");
                },
                10,
                Kind.BAD_SIGNATURE),
            new Tampering(
                "delete the last checkpoint",
                c -> update(c, "delete from audit_checkpoint where seq = 12"),
                11,
                Kind.MISSING_CHECKPOINT));
    return Databases.both()
        .flatMap(db -> all.stream().map(t -> Arguments.of(db.get()[0], db.get()[1], t)));
  }

  @AfterAll
  static void closeUnits() {
    UNITS.values().forEach(Jpa::close);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.custos.server.testing.Databases#both")
  void anUntouchedTrailVerifies(String db, Supplier<DataSource> database) throws SQLException {
    Jpa jpa = emptyTrail(db, database);
    sealTwelveEvents(jpa);

    ChainVerdict verdict = verify(jpa);

    assertThat(verdict.intact()).as(verdict.toString()).isTrue();
    assertThat(verdict.events()).isEqualTo(12);
    assertThat(verdict.lastSeq()).isEqualTo(12);
    assertThat(verdict.checkpoints()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("tamperings")
  void everyTamperingIsFoundAtItsFirstBrokenLink(
      String db, Supplier<DataSource> database, Tampering tampering) throws SQLException {
    Jpa jpa = emptyTrail(db, database);
    sealTwelveEvents(jpa);
    try (Connection c = SOURCES.get(db).getConnection()) {
      tampering.change().apply(c);
    }

    ChainVerdict verdict = verify(jpa);

    assertThat(verdict.firstBreak()).as(tampering.name()).isPresent();
    assertThat(verdict.firstBreak().get().kind())
        .as(verdict.toString())
        .isEqualTo(tampering.kind());
    assertThat(verdict.firstBreak().get().seq()).as(verdict.toString()).isEqualTo(tampering.seq());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.custos.server.testing.Databases#both")
  void sealingStopsWhenTheHeadNoLongerMatchesTheLastCheckpoint(
      String db, Supplier<DataSource> database) throws SQLException {
    Jpa jpa = emptyTrail(db, database);
    sealTwelveEvents(jpa);
    try (Connection c = SOURCES.get(db).getConnection()) {
      update(c, "delete from audit_checkpoint where seq = 12");
    }
    append(jpa, 13);

    assertThatThrownBy(() -> jpa.inTransaction(em -> new AuditSealing(em).sealBatch(5, KEY, T0)))
        .isInstanceOf(AuditSealing.HeadMismatch.class)
        .hasMessageContaining("seq 12");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.custos.server.testing.Databases#both")
  void eventsCommittedLaterAreSealedAfterTheOthers(String db, Supplier<DataSource> database)
      throws SQLException {
    Jpa jpa = emptyTrail(db, database);
    sealTwelveEvents(jpa);
    append(jpa, 13);
    append(jpa, 14);

    var sealed = jpa.inTransaction(em -> new AuditSealing(em).sealBatch(100, KEY, T0));

    assertThat(sealed).isEqualTo(new AuditSealing.Sealed(2, 14));
    assertThat(jpa.inTransaction(em -> new AuditSealing(em).sealBatch(100, KEY, T0)).events())
        .isZero();
    assertThat(verify(jpa).intact()).isTrue();
    assertThat(verify(jpa).checkpoints()).isEqualTo(4);
  }

  /** The class's database of this kind, migrated once, with an empty audit trail. */
  private static Jpa emptyTrail(String db, Supplier<DataSource> database) throws SQLException {
    DataSource ds = SOURCES.computeIfAbsent(db, key -> database.get());
    Jpa jpa = UNITS.computeIfAbsent(db, key -> Jpa.on(ds));
    try (Connection c = ds.getConnection()) {
      update(c, "delete from audit_event");
      update(c, "delete from audit_checkpoint");
      update(
          c,
          "update audit_chain_head set seq = 0, hash = '" + ChainHash.GENESIS + "' where id = 1");
    }
    return jpa;
  }

  private static void sealTwelveEvents(Jpa jpa) {
    for (int i = 1; i <= 12; i++) {
      append(jpa, i);
    }
    for (int batch = 0; batch < 3; batch++) {
      jpa.run(em -> new AuditSealing(em).sealBatch(5, KEY, T0.plusSeconds(60)));
    }
  }

  private static void append(Jpa jpa, int i) {
    jpa.run(
        em ->
            new AuditEventStore(em)
                .append(
                    "user-" + i,
                    "auditor",
                    new AuditEvent(
                        "action." + i,
                        "subject",
                        "s-" + i,
                        "feedback-analysis",
                        AuditEvent.Outcome.SUCCESS),
                    T0.plusSeconds(i)));
  }

  private static ChainVerdict verify(Jpa jpa) {
    Ed25519Verifier publicKey = KEY.verifier();
    return jpa.inTransaction(
        em -> {
          AuditChainReader reader = new AuditChainReader(em);
          return AuditChain.verify(
              reader.events(1, Long.MAX_VALUE),
              reader.checkpoints(1, Long.MAX_VALUE),
              id -> id.equals(publicKey.keyId()) ? Optional.of(publicKey) : Optional.empty(),
              AuditChain.Start.GENESIS);
        });
  }

  /** Adds event 13 with a correct link to event 12: only the missing signature gives it away. */
  private static void appendForged(Connection c) throws SQLException {
    EventFields fields =
        new EventFields(
            T0.plusSeconds(13), "intruder", "", "action.13", "subject", "s-13", null, "success");
    insert(c, ChainedEvent.seal(13, hashAt(c, 12), fields));
  }

  /**
   * Inserts an event at seq 6, moves the later events up by one and recomputes every hash from
   * there on, so that every link is correct again: the signed checkpoint at seq 10 tells.
   */
  private static void insertAndRehash(Connection c) throws SQLException {
    for (long seq = 12; seq >= 6; seq--) {
      update(c, "update audit_event set seq = " + (seq + 1) + " where seq = " + seq);
    }
    List<EventFields> rest = fieldsFrom(c, 7);
    List<EventFields> forged = new ArrayList<>();
    forged.add(
        new EventFields(
            T0.plusSeconds(6), "intruder", "", "action.x", "subject", "s-x", null, "success"));
    forged.addAll(rest);
    update(c, "delete from audit_event where seq >= 7");
    String prev = hashAt(c, 5);
    long seq = 6;
    for (EventFields f : forged) {
      ChainedEvent e = ChainedEvent.seal(seq++, prev, f);
      insert(c, e);
      prev = e.hash();
    }
  }

  private static List<EventFields> fieldsFrom(Connection c, long fromSeq) throws SQLException {
    List<EventFields> fields = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select occurred_at, actor, roles, action, resource_type, resource_id, purpose,"
                + " outcome from audit_event where seq >= ? order by seq")) {
      s.setLong(1, fromSeq);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          fields.add(
              new EventFields(
                  rs.getObject(1, OffsetDateTime.class).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    }
    return fields;
  }

  private static void insert(Connection c, ChainedEvent e) throws SQLException {
    EventFields f = e.fields();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_event (occurred_at, actor, roles, action, resource_type,"
                + " resource_id, purpose, outcome, seq, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, f.occurredAt().atOffset(ZoneOffset.UTC));
      s.setString(2, f.actor());
      s.setString(3, f.roles());
      s.setString(4, f.action());
      s.setString(5, f.resourceType());
      s.setString(6, f.resourceId());
      s.setString(7, f.purpose());
      s.setString(8, f.outcome());
      s.setLong(9, e.seq());
      s.setString(10, e.prevHash());
      s.setString(11, e.hash());
      s.executeUpdate();
    }
  }

  private static String hashAt(Connection c, long seq) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select hash from audit_event where seq = " + seq)) {
      rs.next();
      String hash = rs.getString(1);
      assertThat(ChainHash.isWellFormed(hash)).isTrue();
      return hash;
    }
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
