package dev.custos.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.subject.SubjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPlannerTest {

  private static final Instant COLLECTED = Instant.parse("2024-01-15T10:00:00Z");
  private static final Instant TWO_YEARS_LATER = Instant.parse("2026-01-15T10:00:00Z");
  private static final SubjectId ALICE = new SubjectId("subject-alice");
  private static final SubjectId BOB = new SubjectId("subject-bob");

  private final RetentionPlanner planner = new RetentionPlanner(RetentionRules.defaults());

  @Test
  void commentIsKeptUntilTwoYearsAfterCollection() {
    RetentionDecision decision =
        planner.decide(comment(ALICE), LegalHolds.none(), TWO_YEARS_LATER.minusSeconds(1));

    assertThat(decision)
        .isEqualTo(
            new RetentionDecision.Keep(
                RetentionRules.defaults().ruleFor(DataCategory.COMMENTS),
                COLLECTED,
                TWO_YEARS_LATER));
  }

  @Test
  void commentIsAnonymisedFromTheMomentItsPeriodEnds() {
    RetentionDecision decision = planner.decide(comment(ALICE), LegalHolds.none(), TWO_YEARS_LATER);

    assertThat(decision).isInstanceOf(RetentionDecision.Act.class);
    RetentionDecision.Act act = (RetentionDecision.Act) decision;
    assertThat(act.action()).isEqualTo(RetentionAction.ANONYMISE);
    assertThat(act.deadline()).isEqualTo(TWO_YEARS_LATER);
    assertThat(act.eventTime()).isEqualTo(COLLECTED);
    assertThat(act.event()).isEqualTo(RetentionEvent.COLLECTION);
  }

  @Test
  void decisionUsesTheClockItIsGiven() {
    Clock late = Clock.fixed(TWO_YEARS_LATER, ZoneOffset.UTC);
    Clock early = Clock.fixed(COLLECTED, ZoneOffset.UTC);

    assertThat(planner.decide(comment(ALICE), LegalHolds.none(), late))
        .isInstanceOf(RetentionDecision.Act.class);
    assertThat(planner.decide(comment(ALICE), LegalHolds.none(), early))
        .isInstanceOf(RetentionDecision.Keep.class);
  }

  @Test
  void consentRecordWithoutWithdrawalIsPending() {
    RecordMetadata consent =
        RecordMetadata.of(
            "consent-1", DataCategory.CONSENT_RECORDS, ALICE, EventTimes.collectedAt(COLLECTED));

    RetentionDecision decision =
        planner.decide(consent, LegalHolds.none(), Instant.parse("2099-01-01T00:00:00Z"));

    assertThat(decision).isInstanceOf(RetentionDecision.Pending.class);
    assertThat(decision.event()).isEqualTo(RetentionEvent.CONSENT_WITHDRAWAL);
    assertThat(decision.explain())
        .isEqualTo(
            "keep: waiting for consent-withdrawal (consent-records: P5Y from consent-withdrawal, then"
                + " delete)");
  }

  @Test
  void consentRecordIsDeletedFiveYearsAfterWithdrawal() {
    Instant withdrawn = Instant.parse("2025-03-01T00:00:00Z");
    RecordMetadata consent =
        RecordMetadata.of(
            "consent-1",
            DataCategory.CONSENT_RECORDS,
            ALICE,
            EventTimes.collectedAt(COLLECTED).with(RetentionEvent.CONSENT_WITHDRAWAL, withdrawn));

    RetentionDecision decision =
        planner.decide(consent, LegalHolds.none(), Instant.parse("2030-03-01T00:00:00Z"));

    assertThat(decision)
        .isInstanceOfSatisfying(
            RetentionDecision.Act.class,
            act -> {
              assertThat(act.action()).isEqualTo(RetentionAction.DELETE);
              assertThat(act.eventTime()).isEqualTo(withdrawn);
            });
  }

  @Test
  void dueRecordUnderASubjectHoldIsHeldAndNamesTheHold() {
    LegalHolds holds = LegalHolds.of(List.of(hold("hold-7", new HoldScope.OfSubject(ALICE))));

    RetentionDecision decision = planner.decide(comment(ALICE), holds, TWO_YEARS_LATER);

    assertThat(decision)
        .isInstanceOfSatisfying(
            RetentionDecision.Hold.class,
            held -> {
              assertThat(held.holdId()).isEqualTo("hold-7");
              assertThat(held.deadline()).isEqualTo(TWO_YEARS_LATER);
            });
    assertThat(decision.explain())
        .isEqualTo(
            "held by hold-7 (litigation): anonymise was due 2026-01-15T10:00:00Z (comments: P2Y"
                + " from collection, then anonymise)");
  }

  @Test
  void subjectHoldDoesNotBlockAnotherSubjectOrARecordWithoutSubject() {
    LegalHolds holds = LegalHolds.of(List.of(hold("hold-7", new HoldScope.OfSubject(ALICE))));
    RecordMetadata anonymous =
        new RecordMetadata(
            "c-2", DataCategory.COMMENTS, Optional.empty(), EventTimes.collectedAt(COLLECTED));

    assertThat(planner.decide(comment(BOB), holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
    assertThat(planner.decide(anonymous, holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
  }

  @Test
  void categoryHoldBlocksEverySubjectInThatCategoryOnly() {
    LegalHolds holds =
        LegalHolds.of(List.of(hold("inquiry-1", new HoldScope.OfCategory(DataCategory.COMMENTS))));
    RecordMetadata score =
        RecordMetadata.of(
            "s-1",
            DataCategory.SCORES,
            BOB,
            EventTimes.collectedAt(Instant.parse("2020-01-01T00:00:00Z")));

    assertThat(planner.decide(comment(BOB), holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Hold.class);
    assertThat(planner.decide(score, holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
  }

  @Test
  void accountHoldBlocksEveryRecordAboutTheAccountAndNothingElse() {
    LegalHolds holds =
        LegalHolds.of(List.of(hold("acc-dispute", new HoldScope.OfAccount("ACC-42"))));
    RecordMetadata aboutAccount =
        new RecordMetadata(
            "c-1",
            DataCategory.COMMENTS,
            Optional.of(ALICE),
            EventTimes.collectedAt(COLLECTED),
            Optional.of("ACC-42"));
    RecordMetadata aboutAnother =
        new RecordMetadata(
            "c-2",
            DataCategory.COMMENTS,
            Optional.of(ALICE),
            EventTimes.collectedAt(COLLECTED),
            Optional.of("ACC-7"));

    assertThat(planner.decide(aboutAccount, holds, TWO_YEARS_LATER))
        .isInstanceOfSatisfying(
            RetentionDecision.Hold.class, h -> assertThat(h.holdId()).isEqualTo("acc-dispute"));
    assertThat(planner.decide(aboutAnother, holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
    assertThat(planner.decide(comment(ALICE), holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
    assertThat(
            holds.blocking(
                DataCategory.COMMENTS, Optional.of(BOB), Optional.of("ACC-42"), TWO_YEARS_LATER))
        .isPresent();
  }

  @Test
  void subjectInCategoryHoldBlocksOnlyThatPair() {
    LegalHolds holds =
        LegalHolds.of(
            List.of(
                hold("dispute-3", new HoldScope.OfSubjectInCategory(ALICE, DataCategory.SCORES))));

    assertThat(planner.decide(comment(ALICE), holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
    RecordMetadata aliceScore =
        RecordMetadata.of(
            "s-1",
            DataCategory.SCORES,
            ALICE,
            EventTimes.collectedAt(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(planner.decide(aliceScore, holds, TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Hold.class);
  }

  @Test
  void liftedOrFutureHoldDoesNotBlock() {
    LegalHold lifted =
        new LegalHold(
            "old",
            new HoldScope.OfSubject(ALICE),
            "litigation",
            COLLECTED,
            Optional.of(TWO_YEARS_LATER),
            "officer-1");
    LegalHold future =
        LegalHold.indefinite(
            "new",
            new HoldScope.OfSubject(ALICE),
            "litigation",
            TWO_YEARS_LATER.plusSeconds(1),
            "officer-1");

    assertThat(
            planner.decide(comment(ALICE), LegalHolds.of(List.of(lifted, future)), TWO_YEARS_LATER))
        .isInstanceOf(RetentionDecision.Act.class);
  }

  @Test
  void heldRecordWhosePeriodIsRunningIsKeptUntilItsDeadline() {
    LegalHolds holds = LegalHolds.of(List.of(hold("hold-7", new HoldScope.OfSubject(ALICE))));

    assertThat(planner.decide(comment(ALICE), holds, COLLECTED.plusSeconds(60)))
        .isInstanceOf(RetentionDecision.Keep.class);
  }

  @Test
  void stampDatesRecordsWhosePeriodStartsAtCollection() {
    RetentionStamp stamp = planner.stamp(DataCategory.COMMENTS, COLLECTED);

    assertThat(stamp.deadline()).contains(TWO_YEARS_LATER);
    assertThat(stamp.isProvisional()).isFalse();
    assertThat(stamp.rule().category()).isEqualTo(DataCategory.COMMENTS);
  }

  @Test
  void stampOfContactDataIsProvisionalFromCollection() {
    RetentionStamp stamp = planner.stamp(DataCategory.CONTACT_DATA, COLLECTED);

    assertThat(stamp.deadline()).contains(Instant.parse("2027-01-15T10:00:00Z"));
    assertThat(stamp.isProvisional()).isTrue();
  }

  @Test
  void stampOfTicketsHasNoDeadlineUntilClosure() {
    assertThat(planner.stamp(DataCategory.TICKETS, COLLECTED).deadline()).isEmpty();
    assertThat(planner.stamp(DataCategory.CONSENT_RECORDS, COLLECTED).deadline()).isEmpty();
  }

  private static RecordMetadata comment(SubjectId subject) {
    return RecordMetadata.of(
        "comment-1", DataCategory.COMMENTS, subject, EventTimes.collectedAt(COLLECTED));
  }

  private static LegalHold hold(String id, HoldScope scope) {
    return LegalHold.indefinite(id, scope, "litigation", COLLECTED, "officer-1");
  }
}
