package org.bridgeway.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class ConnectionsTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired NotesWorld worlds;
  @Autowired CommunityDirectory directory;
  @Autowired Connections connections;

  World w;
  UUID allotment;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    allotment = directory.add(w.alliance().admin, CommunityDirectoryTest.allotment("Railton Road allotment"));
  }

  NewConnection from(UUID resource, LocalDate start, LocalDate end) {
    return new NewConnection(resource, null, null, start, end, Progress.GOING_WELL, null);
  }

  NewConnection named(String name, LocalDate start, LocalDate end) {
    return new NewConnection(null, name, ResourceKind.FAITH_GROUP, start, end, Progress.GOING_WELL, null);
  }

  @Test
  void aConnectionFromTheDirectoryTakesItsNameAndKind() {
    UUID id = connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, null));

    Connection read = connections.get(w.ourWorker(), w.sam(), id);
    assertThat(read.resourceName()).isEqualTo("Railton Road allotment");
    assertThat(read.kind()).isEqualTo(ResourceKind.VOLUNTEERING);
    assertThat(read.addedByPerson()).isFalse();
  }

  @Test
  void aConnectionCannotEndBeforeItStartsAndNothingIsSaved() {
    assertThatThrownBy(() -> connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, MAY_10.minusDays(1))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The end date cannot be before it started, on 10 May 2026"));
    assertThat(connections.of(w.ourWorker(), w.sam())).isEmpty();

    UUID id = connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, null));
    assertThatThrownBy(() -> connections.change(w.ourWorker(), w.sam(), id, 0,
        new ConnectionChange(Progress.STOPPED, null, MAY_10.minusDays(3)))).isInstanceOf(InvalidInput.class);
    assertThat(connections.get(w.ourWorker(), w.sam(), id).end()).isNull();
  }

  @Test
  void aConnectionWithNeitherAResourceNorANameNorAStartIsRefused() {
    assertThatThrownBy(() -> connections.add(w.ourWorker(), w.sam(),
        new NewConnection(null, " ", null, null, null, null, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).hasSize(4));
  }

  @Test
  void endingAConnectionFromAStaleCopyIsRefused() {
    UUID id = connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, null));
    connections.change(w.ourWorker(), w.sam(), id, 0, new ConnectionChange(Progress.SOME_DIFFICULTIES,
        "Finds the early start hard", null));

    assertThatThrownBy(() -> connections.change(w.colleague(), w.sam(), id, 0,
        new ConnectionChange(Progress.STOPPED, null, MAY_10.plusMonths(1)))).isInstanceOf(EditConflict.class);
    Connection read = connections.get(w.ourWorker(), w.sam(), id);
    assertThat(read.progress()).isEqualTo(Progress.SOME_DIFFICULTIES);
    assertThat(read.note()).isEqualTo("Finds the early start hard");
  }

  @Test
  void aWithdrawnResourceCannotBeChosenForANewConnection() {
    directory.withdraw(w.alliance().admin, allotment, 0, "Closed");

    assertThatThrownBy(() -> connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, null)))
        .isInstanceOf(Refused.class).hasMessageContaining("taken out of the directory");
  }

  @Test
  void thePersonAddsTheirOwnConnectionAndSeesOnlyTheirOwn() {
    CurrentUser sam = w.samHimself();
    UUID id = connections.addMine(sam, named("St Matthew's choir", MAY_10, null));

    assertThat(connections.mine(sam)).extracting(Connection::id).containsExactly(id);
    assertThat(connections.get(w.ourWorker(), w.sam(), id).addedByPerson()).isTrue();
    UUID rose = w.alliance().person();
    assertThatThrownBy(() -> connections.of(sam, rose)).isInstanceOfAny(AccessDenied.class,
        RecordNotFound.class);
    assertThatThrownBy(() -> connections.mine(w.ourWorker())).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void aConnectionIsActiveFromItsStartUpToTheDayBeforeItsEnd() {
    // Started 10 May, ended 12 May: active on 10 and 11 May only.
    connections.add(w.ourWorker(), w.sam(), from(allotment, MAY_10, MAY_10.plusDays(2)));
    UUID alliance = w.alliance().test.id();

    assertThat(connections.activeOn(alliance, w.sam(), MAY_10.minusDays(1))).isZero();
    assertThat(connections.activeOn(alliance, w.sam(), MAY_10)).isOne();
    assertThat(connections.activeOn(alliance, w.sam(), MAY_10.plusDays(1))).isOne();
    assertThat(connections.activeOn(alliance, w.sam(), MAY_10.plusDays(2))).isZero();
  }

  @Test
  void amongAListOfPeopleEachOnesActiveConnectionsAndTheShareWithAtLeastOne() {
    // On 1 June 2026, among Sam, Rose and Tom:
    //   Sam: allotment from 10 May (open) and choir 1 January to 1 June (ended that day, so not active) -> 1
    //   Rose: choir from 1 June (starts that day) and lido 1 April, open -> 2
    //   Tom: nothing -> 0
    // Two of three have at least one: 2 / 3 = 0.6667; on average (1 + 2 + 0) / 3 = 1.00 each.
    UUID rose = w.alliance().person();
    UUID tom = w.alliance().person();
    CurrentUser admin = w.alliance().admin;
    LocalDate june1 = LocalDate.of(2026, 6, 1);
    connections.add(admin, w.sam(), from(allotment, MAY_10, null));
    connections.add(admin, w.sam(), named("St Matthew's choir", LocalDate.of(2026, 1, 1), june1));
    connections.add(admin, rose, named("St Matthew's choir", june1, null));
    connections.add(admin, rose, named("Brockwell Lido", LocalDate.of(2026, 4, 1), null));

    ConnectionFigures figures = connections.among(w.alliance().test.id(), List.of(w.sam(), rose, tom), june1);

    assertThat(figures.perPerson()).isEqualTo(Map.of(w.sam(), 1, rose, 2, tom, 0));
    assertThat(figures.withAtLeastOne()).isEqualTo(2);
    assertThat(figures.shareWithAtLeastOne()).isEqualByComparingTo(new BigDecimal("0.6667"));
    assertThat(figures.averagePerPerson()).isEqualByComparingTo(new BigDecimal("1.00"));
  }
}
