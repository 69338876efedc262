package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bridgeway.people.NhsNumber;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

  @Test
  void everyNumberIsValidAndInTheRangeKeptForTestData() {
    NhsNumbers numbers = new NhsNumbers(42);
    for (int i = 0; i < 10_000; i++) {
      String number = numbers.next();
      assertThat(NhsNumber.valid(number)).as(number).isTrue();
      assertThat(number).startsWith("999").hasSize(10);
    }
  }

  @Test
  void theRangeIsWalkedOnceWithoutRepeatsAndThenRunsOut() {
    NhsNumbers numbers = new NhsNumbers(7);
    Set<String> seen = new HashSet<>();
    String number;
    while ((number = numbers.next()) != null) {
      assertThat(seen.add(number)).as("repeated " + number).isTrue();
    }
    assertThat(seen).hasSize(validPrefixesInTheRange());
    assertThat(numbers.next()).isNull();
  }

  @Test
  void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
    assertThat(first(5, 20260401)).isEqualTo(first(5, 20260401)).isNotEqualTo(first(5, 20260402));
  }

  @Test
  void numbersFollowEachOtherInAScatteredOrder() {
    List<String> numbers = first(3, 1);
    assertThat(Math.abs(Long.parseLong(numbers.get(1)) - Long.parseLong(numbers.get(0)))).isGreaterThan(100);
  }

  private static List<String> first(int count, long seed) {
    NhsNumbers numbers = new NhsNumbers(seed);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      first.add(numbers.next());
    }
    return first;
  }

  private static int validPrefixesInTheRange() {
    int valid = 0;
    for (long prefix = 999_000_000L; prefix <= 999_999_999L; prefix++) {
      if (NhsNumber.checkDigitFor(Long.toString(prefix)) >= 0) {
        valid++;
      }
    }
    return valid;
  }
}
