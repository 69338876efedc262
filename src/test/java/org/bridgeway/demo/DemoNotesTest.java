package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.BridgewayTest;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.Notes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The demo people have years of notes, and the demo person sees theirs with their own entries. */
@BridgewayTest
class DemoNotesTest {

  @Autowired AuthenticationManager authentication;
  @Autowired Notes notes;
  @Autowired MyNotes myNotes;

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        DemoAccounts.PASSWORD)).getPrincipal();
  }

  @Test
  void theDemoPersonReadsNotesSharedWithThemAndTheirOwnEntriesAndTheirWorkerSeesMore() {
    CurrentUser person = signIn("lambeth-person");
    CurrentUser worker = signIn("lambeth-worker");

    var mine = myNotes.mine(person, 0);
    var all = notes.timeline(worker, person.personId(), NoteFilter.ALL, 0);

    // A contact every 10 to 34 days over two years is at least 730 / 34, so more than 21 notes.
    assertThat(all.total()).isGreaterThan(21);
    assertThat(all.total()).as("the worker sees notes not shared with the person").isGreaterThan(mine.total());
    assertThat(mine.items()).extracting(Note::byPerson).contains(true);
    assertThat(mine.items()).noneMatch(Note::restricted);
    // More than 21 notes, 20 to a page: the second page (page 1) holds at least 2.
    assertThat(notes.timeline(worker, person.personId(), NoteFilter.ALL, 1).items().size()).isGreaterThanOrEqualTo(2);
  }
}
