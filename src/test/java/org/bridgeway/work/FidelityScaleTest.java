package org.bridgeway.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FidelityScaleTest {

  /** Scores of 25 items: the first {@code fives} items 5, the next {@code fours} 4, the rest 3. */
  static List<Integer> scores(int fives, int fours, int threes) {
    List<Integer> s = new ArrayList<>(Collections.nCopies(fives, 5));
    s.addAll(Collections.nCopies(fours, 4));
    s.addAll(Collections.nCopies(threes, 3));
    s.addAll(Collections.nCopies(25 - fives - fours - threes, 2));
    return s;
  }

  static FidelityReview review(List<Integer> scores) {
    return new FidelityReview(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 1, 1), "A, B", scores);
  }

  @Test
  void theTotalIsTheSumOfTheItemsAndTheBandFollowsEachBoundary() {
    // 15 fives and 10 fours: 75 + 40 = 115, the lowest exemplary total; one four fewer (a three) is 114, good.
    assertThat(review(scores(15, 10, 0)).total()).isEqualTo(115);
    assertThat(review(scores(15, 10, 0)).band()).isEqualTo("Exemplary fidelity");
    assertThat(review(scores(15, 9, 1)).total()).isEqualTo(114);
    assertThat(review(scores(15, 9, 1)).band()).isEqualTo("Good fidelity");
    // 25 fours: 100, the lowest good total; 24 fours and a three: 99, fair.
    assertThat(review(scores(0, 25, 0)).band()).isEqualTo("Good fidelity");
    assertThat(review(scores(0, 24, 1)).total()).isEqualTo(99);
    assertThat(review(scores(0, 24, 1)).band()).isEqualTo("Fair fidelity");
    // 24 threes and one two: 72 + 2 = 74, the lowest fair total; 23 threes and two twos: 69 + 4 = 73, not IPS.
    assertThat(review(scores(0, 0, 24)).total()).isEqualTo(74);
    assertThat(review(scores(0, 0, 24)).band()).isEqualTo("Fair fidelity");
    assertThat(review(scores(0, 0, 23)).total()).isEqualTo(73);
    assertThat(review(scores(0, 0, 23)).band()).isEqualTo("Not IPS supported employment");
    // The ends of the scale: all fives 125, all ones 25.
    assertThat(FidelityScale.band(125)).isEqualTo("Exemplary fidelity");
    assertThat(FidelityScale.band(25)).isEqualTo("Not IPS supported employment");
    assertThatThrownBy(() -> FidelityScale.band(126)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScoreOutOfRangeOrMissingIsAProblemOfItsItem() {
    List<Integer> scores = new ArrayList<>(scores(0, 25, 0));
    scores.set(2, 6);
    scores.set(24, 0);
    NewFidelityReview review = new NewFidelityReview(LocalDate.of(2026, 1, 1), "A", scores);

    assertThat(review.problems()).extracting(p -> p.field()).containsExactly("item3", "item25");
    assertThat(FidelityScale.ITEMS).hasSize(25);
  }
}
