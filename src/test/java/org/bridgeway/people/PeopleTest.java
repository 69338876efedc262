package org.bridgeway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class PeopleTest {

  @Autowired People people;
  @Autowired TestAlliances alliances;
  @Autowired AuditTrail audit;

  TestAlliance lambeth;
  CurrentUser worker;

  @BeforeEach
  void setUp() {
    lambeth = alliances.create();
    worker = lambeth.as(Role.PRACTITIONER);
  }

  static PersonDetails sam(String nhsNumber) {
    return new PersonDetails("Samuel", "Okafor", "Sam", "27", "3", "1980", nhsNumber, "1", "N", null, null, null,
        "English", false, null, "12 Acre Lane", "sw2 5ru", null, "Brixton Hill Group Practice", "g85001", "S117",
        "CTO", "Cooking for friends; knows every bus route", "Football, gospel music");
  }

  @Test
  void aPersonAddedCanBeFoundByNameDateOfBirthNhsNumberAndLocalId() {
    UUID id = people.add(worker, sam("943 476 5919"));
    PersonRecord record = people.read(worker, id);

    assertThat(record.displayName()).isEqualTo("Sam Okafor");
    assertThat(record.details().postcode()).isEqualTo("SW2 5RU");
    assertThat(record.details().gpPracticeCode()).isEqualTo("G85001");
    assertThat(people.find(worker, "sam oka", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(worker, "27/03/1980", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(worker, "9434765919", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(worker, record.localId().toLowerCase(), 0, 20).items())
        .extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(worker, "nobody", 0, 20).total()).isZero();
  }

  @Test
  void aWrongNhsNumberIsRefusedWithAClearMessageAndNothingIsSaved() {
    long before = people.count(lambeth.id());

    assertThatThrownBy(() -> people.add(worker, sam("943 476 5918")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.field()).isEqualTo("nhsNumber");
              assertThat(p.message()).contains("last digit does not match");
            }));
    assertThat(people.count(lambeth.id())).isEqualTo(before);
  }

  @Test
  void twoRecordsCannotShareAnNhsNumberInOneAlliance() {
    people.add(worker, sam("9000000009"));

    assertThatThrownBy(() -> people.add(worker, sam("9000000009")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("already has this NHS number")));
  }

  @Test
  void anotherAllianceCannotReadTheRecordEvenWithItsId() {
    UUID id = people.add(worker, sam("4010232137"));
    CurrentUser leedsWorker = alliances.create().as(Role.PRACTITIONER);

    assertThatThrownBy(() -> people.read(leedsWorker, id)).isInstanceOf(RecordNotFound.class);
    assertThat(people.find(leedsWorker, "Okafor", 0, 20).total()).isZero();
  }

  @Test
  void theSecondOfTwoConcurrentEditsIsRefusedAsAConflict() {
    UUID id = people.add(worker, sam("9912003888"));
    int loaded = people.read(worker, id).version();
    PersonDetails first = sam("9912003888");
    people.change(worker, id, first, loaded);

    assertThatThrownBy(() -> people.change(lambeth.as(Role.MANAGER), id, sam("9912003888"), loaded))
        .isInstanceOf(EditConflict.class);
    assertThat(people.read(worker, id).version()).isEqualTo(loaded + 1);
  }

  @Test
  void everyReadAndChangeIsWrittenToTheAuditTrailWhichStaysIntact() {
    UUID id = people.add(worker, sam(null));
    people.read(worker, id);
    people.change(worker, id, sam("9000000009"), people.read(worker, id).version());

    var trail = audit.page(lambeth.id(), id, 0, 50).items();
    assertThat(trail).extracting(e -> e.action())
        .containsExactly(AuditAction.UPDATE, AuditAction.VIEW, AuditAction.VIEW, AuditAction.CREATE);
    assertThat(trail.get(0).detail()).isEqualTo("Changed: nhsNumber");
    assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo(worker.username()));
    assertThat(audit.intact(lambeth.id())).isTrue();
  }

  @Test
  void removingSomeoneFromTheCircleOfSupportKeepsTheEntryWithItsReason() {
    UUID id = people.add(worker, sam(null));
    UUID sister = people.addToSupportCircle(worker, id,
        new SupportContactDetails("Grace Okafor", "SIBLING", true, "07700 900123", null));

    assertThatThrownBy(() -> people.removeFromSupportCircle(worker, id, sister, " "))
        .isInstanceOf(InvalidInput.class);
    people.removeFromSupportCircle(worker, id, sister, "Sam asked for Grace to be removed");

    PersonRecord record = people.read(worker, id);
    assertThat(record.currentSupportCircle()).isEmpty();
    assertThat(record.removedSupportCircle()).singleElement()
        .satisfies(c -> assertThat(c.voidReason()).isEqualTo("Sam asked for Grace to be removed"));
  }
}
