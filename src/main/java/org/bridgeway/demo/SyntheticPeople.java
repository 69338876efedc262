package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.SupportContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * A stream of plausible synthetic people for one area, the same every time for the same seed and day: names
 * that follow the recorded ethnic group, ages 18 to 80, synthetic NHS numbers, local postcodes and GP
 * practices, strengths and interests, and a circle of support for most.
 */
final class SyntheticPeople implements Iterator<NewPerson> {

  private static final Weighted<String> GENDER = Weighted.of("1", 550, "2", 420, "3", 15, "4", 5, "X", 5, "Z", 5);
  private static final Weighted<Integer> CIRCLE_SIZE = Weighted.of(0, 20, 1, 40, 2, 28, 3, 12);
  private static final Weighted<String> RELATIONSHIP = Weighted.of("PARENT", 25, "SIBLING", 25, "FRIEND", 15,
      "CHILD", 10, "PARTNER", 10, "RELATIVE", 7, "ADVOCATE", 4, "NEIGHBOUR", 4);
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final Area area;
  private final long count;
  private final LocalDate today;
  private final SplittableRandom random;
  private final NhsNumbers nhsNumbers;
  private final UnaryOperator<NewPerson> first;
  private long made;

  SyntheticPeople(Area area, long seed, long count, LocalDate today, UnaryOperator<NewPerson> first) {
    this.area = area;
    this.count = count;
    this.today = today;
    this.random = new SplittableRandom(seed);
    this.nhsNumbers = new NhsNumbers(seed);
    this.first = first;
  }

  /**
   * The next people of the same stream, after the ones this iterator gives: same seed, same people, and NHS numbers
   * that never repeat any given before. Use once this iterator is used up.
   */
  Iterator<NewPerson> more(long extra) {
    return new Iterator<>() {
      private long given;

      @Override
      public boolean hasNext() {
        return given < extra;
      }

      @Override
      public NewPerson next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        given++;
        return person();
      }
    };
  }

  @Override
  public boolean hasNext() {
    return made < count;
  }

  @Override
  public NewPerson next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NewPerson person = person();
    return made++ == 0 ? first.apply(person) : person;
  }

  private NewPerson person() {
    UUID id = RandomIds.next(random);
    String gender = GENDER.pick(random);
    String ethnicity = area.ethnicity().pick(random);
    String given = Names.givenName(ethnicity, gender, random);
    String family = Names.familyName(ethnicity, random);
    LocalDate born = today.minusYears(18 + (int) ((random.nextDouble() + random.nextDouble()) / 2 * 63))
        .minusDays(random.nextInt(365));
    String language = Traits.firstLanguage(ethnicity, random);
    boolean interpreter = !language.equals("English") && random.nextInt(3) == 0;
    int practice = random.nextInt(area.gpPractices().size());
    PersonDetails details = new PersonDetails(given, family, random.nextInt(3) == 0 ? Names.shortFor(given) : null,
        String.valueOf(born.getDayOfMonth()), String.valueOf(born.getMonthValue()), String.valueOf(born.getYear()),
        nhsNumbers.next(), gender, ethnicity, religion(ethnicity), Weighted.any(Traits.ORIENTATIONS, random),
        random.nextInt(3) == 0 ? Weighted.any(Traits.DISABILITIES, random) : null, language, interpreter,
        communicationNeeds(interpreter, language), address(), postcode(), phone(), area.gpPractices().get(practice),
        area.gpCodePrefix() + (101 + practice * 37), area.funding().pick(random), area.legalStatus().pick(random),
        Traits.some(Traits.STRENGTHS, random), interests());
    return new NewPerson(id, details, circle(ethnicity, family, today.getYear() - born.getYear()));
  }

  private String religion(String ethnicity) {
    return switch (ethnicity) {
      case "J", "K" -> random.nextInt(10) < 9 ? "Muslim" : "Prefers not to say";
      case "H" -> Weighted.any(List.of("Hindu", "Sikh", "Hindu", "No religion"), random);
      default -> Weighted.any(Traits.RELIGIONS, random);
    };
  }

  private @Nullable String communicationNeeds(boolean interpreter, String language) {
    if (interpreter) {
      return "Needs a " + language + " interpreter for meetings and reviews";
    }
    return random.nextInt(8) == 0 ? Weighted.any(Traits.COMMUNICATION_NEEDS, random) : null;
  }

  private String address() {
    String flat = random.nextInt(5) < 2 ? "Flat " + (1 + random.nextInt(24)) + ", " : "";
    return flat + (1 + random.nextInt(180)) + " " + Weighted.any(area.streets(), random) + ", " + area.town();
  }

  private String postcode() {
    return Weighted.any(area.postcodeDistricts(), random) + " " + random.nextInt(10)
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }

  private String phone() {
    String last = String.format("%03d", random.nextInt(1000));
    return random.nextInt(10) < 7 ? "07700 900" + last : area.landlinePrefix() + last;
  }

  private String interests() {
    String interests = Traits.some(Traits.INTERESTS, random);
    return random.nextInt(4) == 0 ? interests + "; supports " + area.footballClub() : interests;
  }

  private List<SupportContactDetails> circle(String ethnicity, String family, int age) {
    int size = CIRCLE_SIZE.pick(random);
    List<SupportContactDetails> circle = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String relationship = RELATIONSHIP.pick(random);
      if (relationship.equals("PARENT") && age > 60) {
        relationship = "CHILD";
      }
      boolean kin = !List.of("FRIEND", "ADVOCATE", "NEIGHBOUR").contains(relationship);
      String name = Names.givenName(ethnicity, GENDER.pick(random), random) + " "
          + (kin && random.nextInt(10) < 7 ? family : Names.familyName(ethnicity, random));
      circle.add(new SupportContactDetails(name, relationship, kin && random.nextInt(10) < 3, phone(),
          random.nextInt(10) < 3 ? Weighted.any(Traits.CONTACT_NOTES, random) : null));
    }
    return circle;
  }
}
