package org.bridgeway.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"9000000009", "9434765919", "4010232137", "9912003888", "943 476 5919", "943-476-5919"})
  void validNumbersPass(String number) {
    assertThat(NhsNumber.valid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765918", "1234567890", "943476591", "94347659190", "94347659A9", ""})
  void invalidNumbersFail(String number) {
    assertThat(NhsNumber.valid(number)).isFalse();
  }

  @Test
  void theCheckDigitIsWorkedOutByModulus11() {
    // 943476591: 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 90+36+24+28+42+30+20+27+2 = 299;
    // 299 mod 11 = 2 (11*27 = 297); 11 - 2 = 9, so the number is 9434765919.
    assertThat(NhsNumber.checkDigitFor("943476591")).isEqualTo(9);
  }

  @Test
  void aRemainderGivingTenMeansNoNumberCanBeValid() {
    // 123456789: 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2 = 10+18+24+28+30+30+28+24+18 = 210;
    // 210 mod 11 = 1 (11*19 = 209); 11 - 1 = 10, which is no digit: every 123456789x is invalid.
    assertThat(NhsNumber.checkDigitFor("123456789")).isEqualTo(-1);
    assertThat(NhsNumber.problemWith("1234567890")).get().asString().contains("last digit");
  }

  @Test
  void aCheckOfElevenBecomesZero() {
    // 900000000: 9*10 = 90; 90 mod 11 = 2; 11 - 2 = 9 -> 9000000009. For eleven, take 000000011:
    // 1*3 + 1*2 = 5; 5 mod 11 = 5; 11-5 = 6. Take 500000000: 5*10 = 50; 50 mod 11 = 6; 11 - 6 = 5.
    // 110000000: 1*10 + 1*9 = 19; 19 mod 11 = 8; 11 - 8 = 3. 000000000: sum 0; 0 mod 11 = 0; 11 - 0 = 11 -> 0.
    assertThat(NhsNumber.checkDigitFor("000000000")).isZero();
    assertThat(NhsNumber.checkDigitFor("900000000")).isEqualTo(9);
  }

  @Test
  void numbersAreShownInThreeGroups() {
    assertThat(NhsNumber.display("9434765919")).isEqualTo("943 476 5919");
  }
}
