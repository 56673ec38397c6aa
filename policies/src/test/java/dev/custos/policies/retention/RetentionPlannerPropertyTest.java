package dev.custos.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RetentionPlannerPropertyTest {

  private static final List<SubjectId> SUBJECTS =
      List.of(
          new SubjectId("subject-a1"), new SubjectId("subject-b2"), new SubjectId("subject-c3"));
  private static final long START = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
  private static final long END = Instant.parse("2035-01-01T00:00:00Z").getEpochSecond();

  private final RetentionPlanner planner = new RetentionPlanner(RetentionRules.defaults());

  @Property
  void neverActsOnARecordCoveredByAnActiveHold(
      @ForAll("records") RecordMetadata record,
      @ForAll("holdLists") List<LegalHold> holds,
      @ForAll("instants") Instant now) {
    RetentionDecision decision = planner.decide(record, LegalHolds.of(holds), now);

    boolean covered =
        holds.stream()
            .anyMatch(
                hold ->
                    hold.isActiveAt(now)
                        && hold.scope().covers(record.category(), record.subject().orElse(null)));
    if (covered) {
      assertThat(decision).isNotInstanceOf(RetentionDecision.Act.class);
    }
    if (decision instanceof RetentionDecision.Hold held) {
      assertThat(held.hold().isActiveAt(now)).isTrue();
      assertThat(held.hold().scope().covers(record.category(), record.subject().orElse(null)))
          .isTrue();
    }
  }

  @Property
  void withoutHoldsActsExactlyWhenTheDeadlineHasPassed(
      @ForAll("records") RecordMetadata record, @ForAll("instants") Instant now) {
    RetentionDecision decision = planner.decide(record, LegalHolds.none(), now);

    RetentionRule rule = RetentionRules.defaults().ruleFor(record.category());
    Optional<Instant> eventTime = record.events().at(rule.countsFrom());
    if (eventTime.isEmpty()) {
      assertThat(decision).isEqualTo(new RetentionDecision.Pending(rule));
      return;
    }
    Instant deadline = eventTime.get().atOffset(ZoneOffset.UTC).plus(rule.period()).toInstant();
    if (now.isBefore(deadline)) {
      assertThat(decision).isEqualTo(new RetentionDecision.Keep(rule, eventTime.get(), deadline));
    } else {
      assertThat(decision).isEqualTo(new RetentionDecision.Act(rule, eventTime.get(), deadline));
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(START, END).map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<RecordMetadata> records() {
    Arbitrary<Optional<SubjectId>> subject = Arbitraries.of(SUBJECTS).optional(0.8);
    return Combinators.combine(Arbitraries.of(DataCategory.class), subject, eventTimes())
        .as((category, who, events) -> new RecordMetadata("record-1", category, who, events));
  }

  private Arbitrary<EventTimes> eventTimes() {
    Arbitrary<Optional<Instant>> maybe = instants().optional(0.7);
    return Combinators.combine(maybe, maybe, maybe, maybe)
        .as(
            (collection, interaction, closure, withdrawal) -> {
              Map<RetentionEvent, Instant> times = new EnumMap<>(RetentionEvent.class);
              collection.ifPresent(t -> times.put(RetentionEvent.COLLECTION, t));
              interaction.ifPresent(t -> times.put(RetentionEvent.LAST_INTERACTION, t));
              closure.ifPresent(t -> times.put(RetentionEvent.TICKET_CLOSURE, t));
              withdrawal.ifPresent(t -> times.put(RetentionEvent.CONSENT_WITHDRAWAL, t));
              return EventTimes.of(times);
            });
  }

  @Provide
  Arbitrary<List<LegalHold>> holdLists() {
    return hold().list().ofMaxSize(4);
  }

  private Arbitrary<LegalHold> hold() {
    Arbitrary<SubjectId> subject = Arbitraries.of(SUBJECTS);
    Arbitrary<DataCategory> category = Arbitraries.of(DataCategory.class);
    Arbitrary<HoldScope> scope =
        Arbitraries.oneOf(
            subject.map(HoldScope.OfSubject::new),
            category.map(HoldScope.OfCategory::new),
            Combinators.combine(subject, category).as(HoldScope.OfSubjectInCategory::new));
    Arbitrary<Optional<Long>> length = Arbitraries.longs().between(1, END - START).optional(0.5);
    return Combinators.combine(scope, instants(), length)
        .as(
            (s, from, days) ->
                new LegalHold(
                    "hold-1", s, "litigation", from, days.map(from::plusSeconds), "officer-1"));
  }
}
