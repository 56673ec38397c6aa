package dev.custos.server.request.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests are stored with their lifecycle and listed by status, type and overdue deadline. */
class SubjectRequestStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Set<String> OPEN = Set.of("received", "identity-verified", "in-progress");

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRequestKeepsItsLifecycleAndCountsItsVersions(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      UUID id = add(jpa, "access", "received", T0.plusSeconds(86_400 * 30));

      jpa.run(
          em -> {
            SubjectRequestEntity r = new SubjectRequestStore(em).find(id).orElseThrow();
            r.verified("subject-0001", T0.plusSeconds(60), "officer-1", "id-document");
            r.moveTo("identity-verified");
          });
      jpa.run(
          em -> {
            SubjectRequestEntity r = new SubjectRequestStore(em).find(id).orElseThrow();
            r.extend(T0.plusSeconds(86_400 * 90), T0.plusSeconds(120), "many records in 9 systems");
            r.closed(T0.plusSeconds(180), "officer-2", "identity could not be confirmed");
            r.moveTo("refused");
          });

      SubjectRequestEntity stored =
          jpa.inTransaction(em -> new SubjectRequestStore(em).find(id).orElseThrow());
      assertThat(stored.status()).isEqualTo("refused");
      assertThat(stored.subjectId()).isEqualTo("subject-0001");
      assertThat(stored.identifiers()).isEqualTo("email:ZGlnZXN0");
      assertThat(stored.verificationMethod()).isEqualTo("id-document");
      assertThat(stored.verifiedBy()).isEqualTo("officer-1");
      assertThat(stored.dueAt()).isEqualTo(T0.plusSeconds(86_400 * 90));
      assertThat(stored.extensionReason()).isEqualTo("many records in 9 systems");
      assertThat(stored.closedBy()).isEqualTo("officer-2");
      assertThat(stored.closingNote()).isEqualTo("identity could not be confirmed");
      assertThat(stored.version()).isEqualTo(2);
      Optional<SubjectRequestEntity> missing =
          jpa.inTransaction(em -> new SubjectRequestStore(em).find(UUID.randomUUID()));
      assertThat(missing).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void listsFilterByStatusTypeAndOverdueSoonestDeadlineFirst(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      UUID late = add(jpa, "access", "in-progress", T0.minusSeconds(3600));
      UUID soon = add(jpa, "erasure", "received", T0.plusSeconds(3600));
      UUID later = add(jpa, "access", "identity-verified", T0.plusSeconds(7200));
      UUID lateButDone = add(jpa, "access", "completed", T0.minusSeconds(7200));

      assertThat(list(jpa, filter(Set.of(), null, null)))
          .containsExactly(lateButDone, late, soon, later);
      assertThat(list(jpa, filter(Set.of("received", "in-progress"), null, null)))
          .containsExactly(late, soon);
      assertThat(list(jpa, filter(Set.of(), "access", null)))
          .containsExactly(lateButDone, late, later);
      assertThat(list(jpa, filter(Set.of(), null, T0))).containsExactly(late);
      assertThat(list(jpa, filter(Set.of(), "erasure", T0))).isEmpty();
      long accessCount =
          jpa.inTransaction(
              em -> new SubjectRequestStore(em).count(filter(Set.of(), "access", null)));
      List<UUID> secondPage =
          jpa.inTransaction(
              em ->
                  new SubjectRequestStore(em)
                      .list(filter(Set.of(), null, null), 1, 2).stream()
                          .map(SubjectRequestEntity::id)
                          .toList());
      assertThat(accessCount).isEqualTo(3);
      assertThat(secondPage).containsExactly(late, soon);
    }
  }

  private static SubjectRequestStore.Filter filter(Set<String> statuses, String type, Instant now) {
    return new SubjectRequestStore.Filter(
        statuses, Optional.ofNullable(type), Optional.ofNullable(now), OPEN);
  }

  private static List<UUID> list(Jpa jpa, SubjectRequestStore.Filter filter) {
    return jpa.inTransaction(
        em ->
            new SubjectRequestStore(em)
                .list(filter, 0, 100).stream().map(SubjectRequestEntity::id).toList());
  }

  private static UUID add(Jpa jpa, String type, String status, Instant due) {
    UUID id = UUID.randomUUID();
    jpa.run(
        em ->
            new SubjectRequestStore(em)
                .add(
                    new SubjectRequestEntity(
                        id,
                        type,
                        "gdpr",
                        status,
                        null,
                        "email:ZGlnZXN0",
                        null,
                        T0.minusSeconds(86_400),
                        due,
                        "officer-1")));
    return id;
  }
}
