package org.bridgeway.community.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.community.Connections;
import org.bridgeway.community.NewConnection;
import org.bridgeway.community.Progress;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * On /me/connections the person has no way to end a connection, and an end sent anyway (by the page's form or
 * over JSON) is refused with 403 and a plain message, saving nothing.
 */
@BridgewayTest
class OwnConnectionsPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired Connections connections;

  MockMvc mvc;
  World w;
  UUID choir;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    w = worlds.create();
    choir = connections.addMine(w.samHimself(), new NewConnection(null, "St Matthew's choir",
        ResourceKind.FAITH_GROUP, connections.today().minusMonths(1), null, Progress.GOING_WELL, null));
  }

  @Test
  void thePersonsPagesOfferNoEndAndAnEndSentAnywayIsForbidden() throws Exception {
    mvc.perform(get("/me/connections/" + choir).with(CommunityApiTest.as(w.samHimself())))
        .andExpect(status().isOk()).andExpect(content().string(containsString("How is it going?")))
        .andExpect(content().string(not(containsString("endDay"))));

    mvc.perform(post("/me/connections/" + choir).with(CommunityApiTest.as(w.samHimself())).with(csrf())
            .param("version", "0").param("progress", "GOING_WELL").param("endDay", "1").param("endMonth", "1")
            .param("endYear", String.valueOf(connections.today().getYear())))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Only your worker can end a connection")));
    mvc.perform(post("/me/connections").with(CommunityApiTest.as(w.samHimself())).with(csrf())
            .param("resourceName", "Chess club").param("kind", "CLUB").param("startDay", "1")
            .param("startMonth", "1").param("startYear", "2026").param("endDay", "2").param("endMonth", "1")
            .param("endYear", "2026").param("progress", "GOING_WELL"))
        .andExpect(status().isForbidden());

    mvc.perform(post("/me/connections/" + choir).with(CommunityApiTest.as(w.samHimself())).with(csrf())
            .param("version", "0").param("progress", "SOME_DIFFICULTIES"))
        .andExpect(status().is3xxRedirection());
    assertThat(connections.mine(w.samHimself())).singleElement().satisfies(c -> {
      assertThat(c.end()).isNull();
      assertThat(c.progress()).isEqualTo(Progress.SOME_DIFFICULTIES);
    });
  }

  @Test
  void overJsonThePersonMayNotEndTheirOwnConnection() throws Exception {
    mvc.perform(post("/api/me/connections/" + choir).with(CommunityApiTest.as(w.samHimself()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"progress\":\"STOPPED\",\"end\":\"" + connections.today() + "\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("Only your worker can end a connection")));
    mvc.perform(post("/api/me/connections/" + choir).with(CommunityApiTest.as(w.samHimself()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"progress\":\"STOPPED\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.end").doesNotExist());
  }
}
