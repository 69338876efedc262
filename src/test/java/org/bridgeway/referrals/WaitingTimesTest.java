package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingTimesTest {

  @Test
  void fiveWaitsGiveTheMiddleOneAsMedianAndTheLongestAsNinetiethPercentile() {
    // Sorted: 3, 7, 9, 14, 21 (n = 5).
    // Median: rank ceil(0.5 × 5) = ceil(2.5) = 3 → 9.
    // 90th percentile: rank ceil(0.9 × 5) = ceil(4.5) = 5 → 21.
    var figure = WaitingTimes.of(List.of(21L, 3L, 14L, 9L, 7L));

    assertThat(figure.count()).isEqualTo(5);
    assertThat(figure.median()).isEqualTo(9);
    assertThat(figure.ninetiethPercentile()).isEqualTo(21);
  }

  @Test
  void tenWaitsTakeTheLowerMiddleAsMedianAndTheNinthAsNinetiethPercentile() {
    // Sorted: 1, 2, 4, 4, 5, 8, 10, 12, 30, 60 (n = 10).
    // Median: rank ceil(0.5 × 10) = 5 → 5 (nearest rank takes a value that occurred, never an average).
    // 90th percentile: rank ceil(0.9 × 10) = 9 → 30, not 60.
    var figure = WaitingTimes.of(List.of(60L, 1L, 4L, 2L, 12L, 5L, 8L, 4L, 30L, 10L));

    assertThat(figure.median()).isEqualTo(5);
    assertThat(figure.ninetiethPercentile()).isEqualTo(30);
  }

  @Test
  void elevenWaitsPutTheNinetiethPercentileOnTheLongest() {
    // Sorted: 0, 1, 2, ..., 10 (n = 11).
    // Median: rank ceil(0.5 × 11) = ceil(5.5) = 6 → 5.
    // 90th percentile: rank ceil(0.9 × 11) = ceil(9.9) = 10 → 9.
    var figure = WaitingTimes.of(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));

    assertThat(figure.median()).isEqualTo(5);
    assertThat(figure.ninetiethPercentile()).isEqualTo(9);
  }

  @Test
  void oneWaitIsItsOwnMedianAndPercentile() {
    // n = 1: rank ceil(0.5) = 1 and ceil(0.9) = 1 → 12 for both.
    var figure = WaitingTimes.of(List.of(12L));

    assertThat(figure.median()).isEqualTo(12);
    assertThat(figure.ninetiethPercentile()).isEqualTo(12);
  }

  @Test
  void noWaitsGiveNoFigure() {
    var figure = WaitingTimes.of(List.of());

    assertThat(figure.empty()).isTrue();
    assertThat(figure.median()).isNull();
    assertThat(figure.ninetiethPercentile()).isNull();
  }
}
