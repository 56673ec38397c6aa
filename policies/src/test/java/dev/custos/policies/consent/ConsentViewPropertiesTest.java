package dev.custos.policies.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.consent.ConsentDecision.NoConsentRecorded;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the fold: small ledgers over three subjects and three PIPL purposes (one on contract, one
 * needing consent, one needing separate consent), with instants in a narrow range so that ties are
 * common.
 */
class ConsentViewPropertiesTest {

  private static final PolicyPack PIPL = PolicyPacks.pipl();
  private static final List<SubjectId> SUBJECTS =
      List.of(
          new SubjectId("subject-a1"), new SubjectId("subject-b2"), new SubjectId("subject-c3"));
  private static final List<String> PURPOSES =
      List.of("service-delivery", "marketing", "sensitive-data");
  private static final int LAST_SECOND = 20;

  /** An event before the ledger gives it a sequence. */
  private record Draft(
      int kind, int subject, int purpose, int second, boolean separate, int lasts) {

    ConsentEvent toEvent(long sequence) {
      SubjectId who = SUBJECTS.get(subject);
      String what = PURPOSES.get(purpose);
      return switch (kind) {
        case 0 ->
            new ConsentEvent.Given(
                Ledgers.id(sequence),
                sequence,
                Ledgers.at(second),
                Ledgers.context(who, what),
                separate ? ConsentForm.SEPARATE : ConsentForm.BUNDLED,
                lasts == 0 ? Optional.empty() : Optional.of(Ledgers.at(second + lasts)));
        case 1 -> Ledgers.withdrawn(sequence, second, who, what);
        case 2 -> Ledgers.refused(sequence, second, who, what);
        default -> Ledgers.expired(sequence, second, who, what);
      };
    }
  }

  @Provide
  Arbitrary<List<ConsentEvent>> ledgers() {
    Arbitrary<Draft> drafts =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, SUBJECTS.size() - 1),
                Arbitraries.integers().between(0, PURPOSES.size() - 1),
                Arbitraries.integers().between(0, LAST_SECOND),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 5))
            .as(Draft::new);
    return drafts
        .list()
        .ofMaxSize(30)
        .map(
            list -> {
              List<ConsentEvent> events = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                events.add(list.get(i).toEvent(i));
              }
              return events;
            });
  }

  @Property
  void foldingThePrefixThenTheRestEqualsFoldingTheWhole(
      @ForAll("ledgers") List<ConsentEvent> ledger, @ForAll @IntRange(max = 30) int cut) {
    int split = Math.min(cut, ledger.size());
    ConsentView whole = ConsentView.fold(PIPL, ledger);

    ConsentView stepwise = ConsentView.fold(PIPL, ledger.subList(0, split));
    for (ConsentEvent event : ledger.subList(split, ledger.size())) {
      stepwise = stepwise.apply(event);
    }

    assertThat(stepwise).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(decisions(stepwise)).isEqualTo(decisions(whole));
  }

  @Property
  void theOrderEventsAreReadInDoesNotMatter(
      @ForAll("ledgers") List<ConsentEvent> ledger, @ForAll Random random) {
    List<ConsentEvent> shuffled = new ArrayList<>(ledger);
    Collections.shuffle(shuffled, random);

    assertThat(ConsentView.fold(PIPL, shuffled)).isEqualTo(ConsentView.fold(PIPL, ledger));
  }

  @Property
  void replayingTheLedgerChangesNothing(@ForAll("ledgers") List<ConsentEvent> ledger) {
    ConsentView once = ConsentView.fold(PIPL, ledger);

    assertThat(once.applyAll(ledger)).isEqualTo(once);
    assertThat(once.eventCount()).isEqualTo(ledger.size());
  }

  @Property
  void aDecisionAtAnInstantDependsOnlyOnEventsUpToIt(
      @ForAll("ledgers") List<ConsentEvent> ledger,
      @ForAll @IntRange(max = LAST_SECOND + 6) int second) {
    Instant at = Ledgers.at(second);
    List<ConsentEvent> upToThen = ledger.stream().filter(event -> !event.at().isAfter(at)).toList();

    ConsentView everything = ConsentView.fold(PIPL, ledger);
    ConsentView onlyThePast = ConsentView.fold(PIPL, upToThen);

    for (SubjectId subject : SUBJECTS) {
      for (String purpose : PURPOSES) {
        PurposeId id = PurposeId.of(purpose);
        assertThat(everything.decide(subject, id, at))
            .isEqualTo(onlyThePast.decide(subject, id, at));
      }
    }
  }

  @Property
  void aDecisionFollowsTheLastEventInLedgerOrder(
      @ForAll("ledgers") List<ConsentEvent> ledger,
      @ForAll @IntRange(max = LAST_SECOND + 6) int second) {
    Instant at = Ledgers.at(second);
    ConsentView view = ConsentView.fold(PIPL, ledger);
    PurposeId marketing = PurposeId.of("marketing");

    for (SubjectId subject : SUBJECTS) {
      Optional<ConsentEvent> last =
          ledger.stream()
              .filter(e -> e.subject().equals(subject) && e.purpose().equals(marketing))
              .filter(e -> !e.at().isAfter(at))
              .max(
                  Comparator.comparing(ConsentEvent::at).thenComparingLong(ConsentEvent::sequence));
      boolean expected =
          last.isPresent()
              && last.get() instanceof ConsentEvent.Given given
              && given.expiresAt().map(expiry -> expiry.isAfter(at)).orElse(true);

      ConsentDecision decision = view.decide(subject, marketing, at);
      assertThat(decision.allowed()).isEqualTo(expected);
      assertThat(decision.reason().eventId()).isEqualTo(last.map(ConsentEvent::id));
      if (last.isEmpty()) {
        assertThat(decision.reason()).isEqualTo(new NoConsentRecorded());
      }
    }
  }

  @Property
  void applyingEventsLeavesEarlierViewsUntouched(
      @ForAll("ledgers") List<ConsentEvent> ledger, @ForAll @IntRange(max = 30) int cut) {
    int split = Math.min(cut, ledger.size());
    ConsentView earlier = ConsentView.fold(PIPL, ledger.subList(0, split));
    Map<String, ConsentDecision> before = decisions(earlier);

    earlier.applyAll(ledger.subList(split, ledger.size()));

    assertThat(decisions(earlier)).isEqualTo(before);
    assertThat(earlier.eventCount()).isEqualTo(split);
  }

  @Property
  void eventsAreValuesEqualToACopyOfTheirParts(@ForAll("ledgers") List<ConsentEvent> ledger) {
    for (ConsentEvent event : ledger) {
      ConsentEvent copy =
          switch (event) {
            case ConsentEvent.Given g ->
                new ConsentEvent.Given(
                    g.id(), g.sequence(), g.at(), g.context(), g.form(), g.expiresAt());
            case ConsentEvent.Withdrawn w ->
                new ConsentEvent.Withdrawn(w.id(), w.sequence(), w.at(), w.context());
            case ConsentEvent.Refused r ->
                new ConsentEvent.Refused(r.id(), r.sequence(), r.at(), r.context());
            case ConsentEvent.Expired x ->
                new ConsentEvent.Expired(x.id(), x.sequence(), x.at(), x.context());
          };
      assertThat(copy).isEqualTo(event).hasSameHashCodeAs(event).isNotSameAs(event);
    }
    List<ConsentEvent> folded = new ArrayList<>();
    ConsentView view = ConsentView.fold(PIPL, ledger);
    for (SubjectId subject : SUBJECTS) {
      for (String purpose : PURPOSES) {
        folded.addAll(view.history(subject, PurposeId.of(purpose)));
      }
    }
    assertThat(folded).containsExactlyInAnyOrderElementsOf(ledger);
  }

  private static Map<String, ConsentDecision> decisions(ConsentView view) {
    Map<String, ConsentDecision> decisions = new LinkedHashMap<>();
    for (int second = 0; second <= LAST_SECOND + 6; second++) {
      for (SubjectId subject : SUBJECTS) {
        for (String purpose : PURPOSES) {
          decisions.put(
              subject + "/" + purpose + "@" + second,
              view.decide(subject, PurposeId.of(purpose), Ledgers.at(second)));
        }
      }
    }
    return decisions;
  }
}
