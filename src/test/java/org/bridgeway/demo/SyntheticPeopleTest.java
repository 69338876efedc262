package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  @Test
  void theSameSeedMakesTheSamePeople() {
    assertThat(people(Area.LEEDS, 50, 1)).isEqualTo(people(Area.LEEDS, 50, 1));
    assertThat(people(Area.LEEDS, 50, 1)).isNotEqualTo(people(Area.LEEDS, 50, 2));
  }

  @Test
  void everyoneHasAValidRecordAnAdultAgeAndALocalPostcode() {
    for (NewPerson person : people(Area.LAMBETH, 2_000, 3)) {
      assertThat(person.details().problems(TODAY)).isEmpty();
      int age = Period.between(person.details().dateOfBirth(), TODAY).getYears();
      assertThat(age).isBetween(18, 80);
      assertThat(person.details().postcode()).matches("S[EW][0-9]+ [0-9][A-Z]{2}");
      assertThat(person.supportCircle()).hasSizeLessThanOrEqualTo(3)
          .allSatisfy(contact -> assertThat(contact.problems()).isEmpty());
    }
  }

  @Test
  void mostPeopleHaveACircleOfSupportAndStrengthsComeWithEveryone() {
    List<NewPerson> people = people(Area.LEEDS, 1_000, 4);
    assertThat(people.stream().filter(p -> !p.supportCircle().isEmpty()).count()).isGreaterThan(700);
    assertThat(people).allSatisfy(p -> assertThat(p.details().strengths()).isNotBlank());
    assertThat(people).allSatisfy(p -> assertThat(p.details().postcode()).startsWith("LS"));
  }

  @Test
  void theFirstPersonCanBeReplacedByTheFeaturedOneKeepingIdAndNhsNumber() {
    SyntheticPeople people = new SyntheticPeople(Area.LAMBETH, 5, 2, TODAY, FeaturedPerson::desmond);
    NewPerson generated = new SyntheticPeople(Area.LAMBETH, 5, 1, TODAY, UnaryOperator.identity()).next();
    NewPerson desmond = people.next();

    assertThat(desmond.id()).isEqualTo(generated.id());
    assertThat(desmond.details().nhsNumber()).isEqualTo(generated.details().nhsNumber());
    assertThat(desmond.details().preferredName()).isEqualTo("Des");
    assertThat(desmond.details().problems(TODAY)).isEmpty();
    assertThat(people.next().details()).isNotEqualTo(desmond.details());
  }

  private static List<NewPerson> people(Area area, int count, long seed) {
    List<NewPerson> people = new ArrayList<>();
    new SyntheticPeople(area, seed, count, TODAY, UnaryOperator.identity()).forEachRemaining(people::add);
    return people;
  }
}
