package org.bridgeway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class PeopleBulkWriterTest {

  @Autowired PeopleBulkWriter writer;
  @Autowired People people;
  @Autowired TestAlliances alliances;

  @Test
  void writesPeopleWithTheirCirclesOfSupportAndLocalIds() {
    TestAlliance alliance = alliances.create();
    CurrentUser keeper = alliance.as(Role.ADMIN);
    UUID sam = UUID.randomUUID();
    List<NewPerson> batch = List.of(
        new NewPerson(sam, PeopleTest.sam("943 476 5919"), List.of(
            new SupportContactDetails("Grace Okafor", "SIBLING", true, "07700 900123", "Tab\tand\\backslash"))),
        new NewPerson(UUID.randomUUID(), PeopleTest.sam("9000000009"), List.of()));

    assertThat(writer.write(alliance.id(), batch.iterator(), "import")).isEqualTo(2);
    PersonRecord record = people.read(keeper, sam);
    assertThat(record.localId()).matches(alliance.shortName().toUpperCase() + "-[0-9]{6}");
    assertThat(record.details().nhsNumber()).isEqualTo("9434765919");
    assertThat(record.details().postcode()).isEqualTo("SW2 5RU");
    assertThat(record.currentSupportCircle()).singleElement()
        .satisfies(c -> assertThat(c.notes()).isEqualTo("Tab\tand\\backslash"));
    assertThat(people.find(keeper, "9000000009", 0, 20).total()).isEqualTo(1);
  }

  @Test
  void aBrokenRecordIsRefusedWithItsNumberAndNothingIsWritten() {
    TestAlliance alliance = alliances.create();
    List<NewPerson> batch = List.of(
        new NewPerson(UUID.randomUUID(), PeopleTest.sam("9434765919"), List.of()),
        new NewPerson(UUID.randomUUID(), PeopleTest.sam("9434765918"), List.of()));

    assertThatThrownBy(() -> writer.write(alliance.id(), batch.iterator(), "import"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).startsWith("Person 2: ")));
    assertThat(people.count(alliance.id())).isZero();
  }
}
