package org.bridgeway.notes.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class NotePagesTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired Notes notes;

  MockMvc mvc;
  World w;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    w = worlds.create();
  }

  @Test
  void aStaleAmendmentShowsTheConflictAndTheNoteAsItNowIsAndSavesNothing() throws Exception {
    UUID note = notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.PHONE, notes.today(), 10, "First text",
        true, null, false));
    notes.amend(w.colleague(), w.sam(), note, 0, "The colleague's text", "Added detail");

    mvc.perform(post("/people/" + w.sam() + "/notes/" + note + "/amend").with(NotesApiTest.as(w.ourWorker()))
            .with(csrf()).param("version", "0").param("text", "My late text").param("reason", "Fixing"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Someone else changed this note"),
            containsString("The colleague&#39;s text"), containsString("My late text"),
            containsString("name=\"version\" value=\"1\""))));
    mvc.perform(get("/people/" + w.sam() + "/notes/" + note).with(NotesApiTest.as(w.ourWorker())))
        .andExpect(content().string(not(containsString("My late text"))));
  }

  @Test
  void theRecordLinksToTheNotesAndThePersonsMenuToTheirOwn() throws Exception {
    mvc.perform(get("/people/" + w.sam()).with(NotesApiTest.as(w.ourWorker())))
        .andExpect(content().string(containsString("href=\"/people/" + w.sam() + "/notes\"")));
    mvc.perform(get("/").with(NotesApiTest.as(w.samHimself())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/me").with(NotesApiTest.as(w.samHimself())))
        .andExpect(content().string(containsString("href=\"/me/notes\"")));
    mvc.perform(get("/people/" + w.sam() + "/notes").with(NotesApiTest.as(w.samHimself())))
        .andExpect(status().isNotFound());
  }
}
