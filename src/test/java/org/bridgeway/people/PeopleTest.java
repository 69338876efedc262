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
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People's records as their keeper, the alliance administrator, sees them; who else may is RecordAccessTest's. */
@BridgewayTest
class PeopleTest {

  @Autowired People people;
  @Autowired TestAlliances alliances;
  @Autowired AuditTrail audit;

  TestAlliance lambeth;
  CurrentUser keeper;

  @BeforeEach
  void setUp() {
    lambeth = alliances.create();
    keeper = lambeth.as(Role.ADMIN);
  }

  static PersonDetails sam(String nhsNumber) {
    return new PersonDetails("Samuel", "Okafor", "Sam", "27", "3", "1980", nhsNumber, "1", "N", null, null, null,
        "English", false, null, "12 Acre Lane", "sw2 5ru", null, "Brixton Hill Group Practice", "g85001", "S117",
        "CTO", "Cooking for friends; knows every bus route", "Football, gospel music");
  }

  @Test
  void aPersonAddedCanBeFoundByNameDateOfBirthNhsNumberAndLocalId() {
    UUID id = people.add(keeper, sam("943 476 5919"));
    PersonRecord record = people.read(keeper, id);

    assertThat(record.displayName()).isEqualTo("Sam Okafor");
    assertThat(record.details().postcode()).isEqualTo("SW2 5RU");
    assertThat(record.details().gpPracticeCode()).isEqualTo("G85001");
    assertThat(people.find(keeper, "sam oka", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(keeper, "27/03/1980", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(keeper, "9434765919", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(keeper, record.localId().toLowerCase(), 0, 20).items())
        .extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.find(keeper, "nobody", 0, 20).total()).isZero();
  }

  @Test
  void aWrongNhsNumberIsRefusedWithAClearMessageAndNothingIsSaved() {
    long before = people.count(lambeth.id());

    assertThatThrownBy(() -> people.add(keeper, sam("943 476 5918")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.field()).isEqualTo("nhsNumber");
              assertThat(p.message()).contains("last digit does not match");
            }));
    assertThat(people.count(lambeth.id())).isEqualTo(before);
  }

  @Test
  void twoRecordsCannotShareAnNhsNumberInOneAlliance() {
    people.add(keeper, sam("9000000009"));

    assertThatThrownBy(() -> people.add(keeper, sam("9000000009")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("already has this NHS number")));
  }

  @Test
  void aWorkerWithNoRelationshipFindsThePersonButCannotOpenOrChangeTheRecord() {
    UUID id = people.add(keeper, sam("9912003888"));
    CurrentUser stranger = lambeth.as(Role.PRACTITIONER);

    assertThat(people.find(stranger, "Okafor", 0, 20).items()).extracting(PersonSummary::id).containsExactly(id);
    assertThat(people.identify(stranger, id).displayName()).as("enough to refer them").isEqualTo("Sam Okafor");
    assertThat(people.mayOpen(stranger, id)).isFalse();
    assertThatThrownBy(() -> people.read(stranger, id)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> people.change(stranger, id, sam(null), 0)).isInstanceOf(AccessDenied.class);
    assertThat(people.read(keeper, id).details().nhsNumber()).isEqualTo("9912003888");
  }

  @Test
  void anotherAllianceCannotReadTheRecordEvenWithItsId() {
    UUID id = people.add(keeper, sam("4010232137"));
    CurrentUser leedsWorker = alliances.create().as(Role.PRACTITIONER);

    assertThatThrownBy(() -> people.read(leedsWorker, id)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> people.identify(leedsWorker, id)).isInstanceOf(RecordNotFound.class);
    assertThat(people.find(leedsWorker, "Okafor", 0, 20).total()).isZero();
  }

  @Test
  void theSecondOfTwoConcurrentEditsIsRefusedAsAConflict() {
    UUID id = people.add(keeper, sam("9912003888"));
    int loaded = people.read(keeper, id).version();
    PersonDetails first = sam("9912003888");
    people.change(keeper, id, first, loaded);

    assertThatThrownBy(() -> people.change(lambeth.as(Role.ADMIN), id, sam("9912003888"), loaded))
        .isInstanceOf(EditConflict.class);
    assertThat(people.read(keeper, id).version()).isEqualTo(loaded + 1);
  }

  @Test
  void everyReadAndChangeIsWrittenToTheAuditTrailWhichStaysIntact() {
    UUID id = people.add(keeper, sam(null));
    people.read(keeper, id);
    people.change(keeper, id, sam("9000000009"), people.read(keeper, id).version());

    var trail = audit.page(lambeth.id(), id, 0, 50).items();
    assertThat(trail).extracting(e -> e.action())
        .containsExactly(AuditAction.UPDATE, AuditAction.VIEW, AuditAction.VIEW, AuditAction.CREATE);
    assertThat(trail.get(0).detail()).isEqualTo("Changed: nhsNumber");
    assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo(keeper.username()));
    assertThat(audit.intact(lambeth.id())).isTrue();
  }

  @Test
  void removingSomeoneFromTheCircleOfSupportKeepsTheEntryWithItsReason() {
    UUID id = people.add(keeper, sam(null));
    UUID sister = people.addToSupportCircle(keeper, id,
        new SupportContactDetails("Grace Okafor", "SIBLING", true, "07700 900123", null));

    assertThatThrownBy(() -> people.removeFromSupportCircle(keeper, id, sister, " "))
        .isInstanceOf(InvalidInput.class);
    people.removeFromSupportCircle(keeper, id, sister, "Sam asked for Grace to be removed");

    PersonRecord record = people.read(keeper, id);
    assertThat(record.currentSupportCircle()).isEmpty();
    assertThat(record.removedSupportCircle()).singleElement()
        .satisfies(c -> assertThat(c.voidReason()).isEqualTo("Sam asked for Grace to be removed"));
  }
}
