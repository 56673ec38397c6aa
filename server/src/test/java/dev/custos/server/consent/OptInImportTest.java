package dev.custos.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerKind;
import dev.custos.server.consent.store.LedgerRow;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CRM opt-in flags become consent events once per change, with the source row as provenance. */
class OptInImportTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  private static final SubjectId SUBJECT = new SubjectId("subject-crm-0001");
  private static final PurposeId FOLLOW_UP = PurposeId.of("follow-up-contact");

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  private static ImportedOptIn flag(boolean optedIn) {
    return new ImportedOptIn(
        FOLLOW_UP,
        optedIn,
        Notice.of("crm-call-consent", "3", "crm-call-consent@3"),
        Locale.forLanguageTag("zh-CN"),
        "CN");
  }

  private static int importRow(Jpa jpa, String version, boolean optedIn, long second) {
    return jpa.inTransaction(
        em ->
            new OptInImport(
                    new ConsentLedger(em), new AuditTrail(new AuditEventStore(em), null, CLOCK))
                .importFlags(
                    "crm",
                    SUBJECT,
                    "c-1",
                    version,
                    T0.plusSeconds(second),
                    List.of(flag(optedIn))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void flagsAppendOnlyWhenTheyChangeAndNeverUndoAWithdrawalMadeElsewhere(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      jpa.run(
          em ->
              em.createNativeQuery("insert into subject (id, created_at) values (?1, ?2)")
                  .setParameter(1, SUBJECT.value())
                  .setParameter(2, T0)
                  .executeUpdate());

      assertThat(importRow(jpa, "v1", true, 0)).isEqualTo(1);
      assertThat(importRow(jpa, "v1", true, 0)).as("re-delivered row").isZero();
      jpa.run(
          em -> {
            ConsentEvent given =
                ((LedgerEntry.Consent) new ConsentLedger(em).rows(SUBJECT).get(0).entry()).event();
            new ConsentLedger(em)
                .appendConsent(
                    LedgerKind.WITHDRAWN,
                    given.context(),
                    T0.plusSeconds(10),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("receipt-w"),
                    T0.plusSeconds(10));
          });
      assertThat(importRow(jpa, "v2", true, 20)).as("unchanged flag, new version").isZero();
      assertThat(importRow(jpa, "v3", false, 30)).isEqualTo(1);

      List<LedgerRow> rows = jpa.inTransaction(em -> new ConsentLedger(em).rows(SUBJECT));
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).sourceConnector()).contains("crm");
      ConsentEvent imported = ((LedgerEntry.Consent) rows.get(0).entry()).event();
      assertThat(imported).isInstanceOf(ConsentEvent.Given.class);
      assertThat(imported.context().method().id()).isEqualTo("import");
      assertThat(imported.context().collector()).isEqualTo("crm");
      assertThat(
              jpa.inTransaction(
                      em ->
                          new ConsentLedger(em)
                              .view(PolicyPacks.gdpr(), SUBJECT)
                              .decide(SUBJECT, FOLLOW_UP, T0.plusSeconds(25)))
                  .allowed())
          .as("the withdrawal made in Custos stands")
          .isFalse();
      long audited =
          jpa.inTransaction(
              em ->
                  em.createQuery(
                          "select count(a) from AuditEventEntity a where a.action = 'consent.import'",
                          Long.class)
                      .getSingleResult());
      assertThat(audited).isEqualTo(2);
    }
  }
}
