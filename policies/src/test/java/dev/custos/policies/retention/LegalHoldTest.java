package dev.custos.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalHoldTest {

  private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2025-12-01T00:00:00Z");
  private static final SubjectId SUBJECT = new SubjectId("subject-alice");

  private final LegalHold hold =
      new LegalHold(
          "hold-1",
          new HoldScope.OfSubject(SUBJECT),
          "litigation",
          FROM,
          Optional.of(UNTIL),
          "officer-1");

  @Test
  void holdIsActiveFromItsStartUntilJustBeforeItsEnd() {
    assertThat(hold.isActiveAt(FROM.minusNanos(1))).isFalse();
    assertThat(hold.isActiveAt(FROM)).isTrue();
    assertThat(hold.isActiveAt(UNTIL.minusNanos(1))).isTrue();
    assertThat(hold.isActiveAt(UNTIL)).isFalse();
  }

  @Test
  void indefiniteHoldNeverEnds() {
    LegalHold forever =
        LegalHold.indefinite("hold-2", new HoldScope.OfSubject(SUBJECT), "litigation", FROM, "o-1");

    assertThat(forever.isActiveAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
  }

  @Test
  void holdThatEndsBeforeItStartsIsRejected() {
    assertThatThrownBy(
            () ->
                new LegalHold(
                    "hold-3",
                    new HoldScope.OfSubject(SUBJECT),
                    "litigation",
                    UNTIL,
                    Optional.of(FROM),
                    "officer-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Legal hold hold-3 ends before it starts");
  }

  @Test
  void holdNeedsAnIdAReasonAndWhoPlacedIt() {
    assertThatThrownBy(
            () ->
                LegalHold.indefinite(
                    " ", new HoldScope.OfSubject(SUBJECT), "litigation", FROM, "officer-1"))
        .hasMessage("A legal hold needs a non-blank id");
    assertThatThrownBy(
            () -> LegalHold.indefinite("h", new HoldScope.OfSubject(SUBJECT), "", FROM, "o-1"))
        .hasMessage("A legal hold needs a non-blank reasonCode");
    assertThatThrownBy(
            () -> LegalHold.indefinite("h", new HoldScope.OfSubject(SUBJECT), "x", FROM, ""))
        .hasMessage("A legal hold needs a non-blank placedBy");
  }

  @Test
  void blockingLooksUpByCategoryAndBySubject() {
    LegalHold category =
        LegalHold.indefinite(
            "cat",
            new HoldScope.OfCategory(DataCategory.TICKETS),
            "regulator-inquiry",
            FROM,
            "o-1");
    LegalHolds holds = LegalHolds.of(List.of(hold, category));
    Instant during = FROM.plusSeconds(1);

    assertThat(holds.blocking(DataCategory.SCORES, Optional.of(SUBJECT), during)).contains(hold);
    assertThat(holds.blocking(DataCategory.TICKETS, Optional.empty(), during)).contains(category);
    assertThat(holds.blocking(DataCategory.SCORES, Optional.empty(), during)).isEmpty();
    assertThat(holds.blocking(DataCategory.SCORES, Optional.of(SUBJECT), UNTIL)).isEmpty();
    assertThat(holds.all()).containsExactly(hold, category);
  }
}
