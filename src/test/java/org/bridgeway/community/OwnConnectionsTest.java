package org.bridgeway.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The person adds connections and says how they are going; ending one is for their worker. */
@BridgewayTest
class OwnConnectionsTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired NotesWorld worlds;
  @Autowired Connections connections;

  World w;
  CurrentUser sam;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    sam = w.samHimself();
  }

  NewConnection choir(LocalDate end) {
    return new NewConnection(null, "St Matthew's choir", ResourceKind.FAITH_GROUP, MAY_10, end,
        Progress.GOING_WELL, null);
  }

  @Test
  void thePersonCannotAddAConnectionAsAlreadyEnded() {
    assertThatThrownBy(() -> connections.addMine(sam, choir(MAY_10.plusMonths(1))))
        .isInstanceOf(EndingRefused.class).hasMessageStartingWith("Only your worker can end a connection");

    assertThat(connections.mine(sam)).isEmpty();
  }

  @Test
  void thePersonSaysHowItIsGoingButCannotEndIt() {
    UUID id = connections.addMine(sam, choir(null));

    connections.changeMine(sam, id, 0, new ConnectionChange(Progress.SOME_DIFFICULTIES, "New conductor", null));
    assertThatThrownBy(() -> connections.changeMine(sam, id, 1,
        new ConnectionChange(Progress.SOME_DIFFICULTIES, null, MAY_10.plusDays(30))))
        .isInstanceOf(EndingRefused.class);

    Connection read = connections.getMine(sam, id);
    assertThat(read.progress()).isEqualTo(Progress.SOME_DIFFICULTIES);
    assertThat(read.note()).isEqualTo("New conductor");
    assertThat(read.end()).isNull();
    // Still active a month on, as only the worker may end it.
    assertThat(connections.activeOn(w.alliance().test.id(), w.sam(), MAY_10.plusMonths(1))).isEqualTo(1);
  }

  @Test
  void theWorkerEndsItAndThePersonsStaleUpdateIsAConflict() {
    UUID id = connections.addMine(sam, choir(null));

    connections.change(w.ourWorker(), w.sam(), id, 0, new ConnectionChange(Progress.STOPPED, "Moved away",
        MAY_10.plusMonths(2)));

    assertThatThrownBy(() -> connections.changeMine(sam, id, 0, new ConnectionChange(Progress.GOING_WELL, null,
        null))).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> connections.changeMine(sam, id, 1, new ConnectionChange(null, null, null)))
        .isInstanceOf(InvalidInput.class);
    assertThat(connections.getMine(sam, id).end()).isEqualTo(MAY_10.plusMonths(2));
  }

  @Test
  void thePersonReachesOnlyTheirOwnConnections() {
    UUID theirs = connections.add(w.alliance().admin, w.alliance().person(), choir(null));

    assertThatThrownBy(() -> connections.changeMine(sam, theirs, 0,
        new ConnectionChange(Progress.GOING_WELL, null, null))).isInstanceOf(RecordNotFound.class);
  }
}
