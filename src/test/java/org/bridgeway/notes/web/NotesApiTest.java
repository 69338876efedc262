package org.bridgeway.notes.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.Notes;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class NotesApiTest {

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

  static RequestPostProcessor as(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void aWorkerRecordsAndAmendsANoteAndAStaleAmendmentIsAConflict() throws Exception {
    mvc.perform(post("/api/people/" + w.sam() + "/notes").with(as(w.ourWorker()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"PHONE\",\"contactDate\":\"" + notes.today() + "\",\"durationMinutes\":15,"
                + "\"text\":\"Checked in\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.note.shared").value(true))
        .andExpect(jsonPath("$.note.organisationName").value("Thames Reach"))
        .andExpect(jsonPath("$.versions", hasSize(1)));
    UUID note = notes.timeline(w.ourWorker(), w.sam(), NoteFilter.ALL, 0).items().get(0).id();

    String amend = "/api/people/" + w.sam() + "/notes/" + note + "/amend";
    mvc.perform(post(amend).with(as(w.ourWorker())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"text\":\"Checked in by phone\",\"reason\":\"Clearer\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.versions", hasSize(2)))
        .andExpect(jsonPath("$.versions[0].reason").value("Clearer"));
    mvc.perform(post(amend).with(as(w.colleague())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"text\":\"Something else\",\"reason\":\"Mine\"}"))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/people/" + w.sam() + "/notes").with(as(w.ourWorker()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PHONE\",\"text\":\"\"}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void thePersonReadsTheirNotesAddsAnEntryAndCannotCommentOnANoteNotSharedWithThem() throws Exception {
    UUID hidden = notes.record(w.ourWorker(), w.sam(), new org.bridgeway.notes.NewNote(
        org.bridgeway.notes.ContactKind.NOTE, notes.today(), null, "Family information", false, "Confidential",
        false));

    mvc.perform(post("/api/me/notes").with(as(w.samHimself())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"My own words\"}"))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/me/notes").with(as(w.samHimself())))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].byPerson").value(true));
    mvc.perform(post("/api/me/notes/" + hidden + "/comments").with(as(w.samHimself()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Let me see\"}"))
        .andExpect(status().isNotFound());
  }
}
