package org.bridgeway.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class ResourceDetailsTest {

  private static ResourceDetails withOpenings(int count) {
    List<Opening> openings = java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> new Opening(DayOfWeek.of(i + 1), LocalTime.of(10, 0), LocalTime.of(12, 0))).toList();
    return new ResourceDetails(ResourceKind.values()[0], "Brixton walking group", null, null, null, null, null,
        openings, null, null, null, null);
  }

  @Test
  void keepsAsManyOpeningTimesAsTheFormShowsAndNoMore() {
    // The form has three rows of opening times: three are kept, a fourth would be dropped by the next save,
    // so it is refused with a message instead.
    assertThat(withOpenings(ResourceDetails.MOST_OPENINGS).problems()).isEmpty();
    assertThat(withOpenings(ResourceDetails.MOST_OPENINGS + 1).problems()).extracting(FieldProblem::field)
        .containsExactly("openings");
  }
}
