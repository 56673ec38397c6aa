package dev.custos.server.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void npsIsPercentPromotersMinusPercentDetractorsWithItsMarginOfError() {
    // 50 promoters, 30 passives, 20 detractors: NPS = 50% - 20% = 30.
    Scores.Nps nps = Scores.Nps.of(Map.of(), new long[] {100, 50, 20});

    assertThat(nps.score()).isEqualTo(30.0);
    assertThat(nps.passives()).isEqualTo(30);
    // Variance of the +1/0/-1 answers: 0.5 + 0.2 - 0.3^2 = 0.61; MoE = 196 * sqrt(0.61/100).
    assertThat(nps.marginOfError()).isCloseTo(15.31, within(0.01));
  }

  @Test
  void npsRangesFromMinusToPlusHundredAndAllAlikeHasNoMargin() {
    assertThat(Scores.Nps.of(Map.of(), new long[] {7, 7, 0}).score()).isEqualTo(100.0);
    assertThat(Scores.Nps.of(Map.of(), new long[] {7, 0, 7}).score()).isEqualTo(-100.0);
    assertThat(Scores.Nps.of(Map.of(), new long[] {7, 0, 7}).marginOfError()).isZero();
  }

  @Test
  void noAnswersGiveNoScore() {
    assertThat(Scores.Nps.of(Map.of(), new long[] {0, 0, 0}).score()).isNull();
    assertThat(Scores.Csat.of(Map.of(), new long[] {0, 0}).score()).isNull();
    assertThat(Scores.Ces.of(Map.of(), new long[] {0, 0, 0}).mean()).isNull();
  }

  @Test
  void csatIsTheShareOfFourAndFiveAnswers() {
    Scores.Csat csat = Scores.Csat.of(Map.of(), new long[] {200, 150});

    assertThat(csat.score()).isEqualTo(75.0);
    // 196 * sqrt(0.75 * 0.25 / 200)
    assertThat(csat.marginOfError()).isCloseTo(6.0, within(0.01));
  }

  @Test
  void cesIsTheMeanEffortWithTheSampleStandardError() {
    // Answers 1, 2, 3, 4, 5: mean 3, sample variance 2.5.
    Scores.Ces ces = Scores.Ces.of(Map.of(), new long[] {5, 15, 55});

    assertThat(ces.mean()).isEqualTo(3.0);
    assertThat(ces.marginOfError()).isCloseTo(1.96 * Math.sqrt(2.5 / 5), within(0.01));
  }
}
