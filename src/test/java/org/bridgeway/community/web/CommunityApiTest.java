package org.bridgeway.community.web;

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
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.CommunityDirectoryTest;
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
class CommunityApiTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired CommunityDirectory directory;

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
  void aResourceReadsAsAnOpenReferralUkService() throws Exception {
    UUID id = directory.add(w.alliance().admin, CommunityDirectoryTest.allotment("Railton Road allotment"));

    mvc.perform(get("/api/community/resources/" + id + "/openreferral").with(as(w.ourWorker())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id.toString()))
        .andExpect(jsonPath("$.status").value("active"))
        .andExpect(jsonPath("$.organization.name").value("Brixton Growers"))
        .andExpect(jsonPath("$.service_at_locations[0].location.physical_addresses[0].postal_code")
            .value("SE24 0JN"))
        .andExpect(jsonPath("$.regular_schedules[0].weekday").value("Saturday"))
        .andExpect(jsonPath("$.regular_schedules[0].opens_at").value("10:00"))
        .andExpect(jsonPath("$.regular_schedules[0].byday").value("SA"))
        .andExpect(jsonPath("$.eligibilitys[0].eligibility").value("Anyone over 18"))
        .andExpect(jsonPath("$.contacts[0].phones[0].number").value("020 7946 0000"))
        .andExpect(jsonPath("$.service_taxonomys[0].taxonomy.id").value("VOLUNTEERING"));
  }

  @Test
  void aWorkerAddsAConnectionAndAnEndBeforeTheStartIsA400ThatSavesNothing() throws Exception {
    String path = "/api/people/" + w.sam() + "/connections";
    mvc.perform(post(path).with(as(w.ourWorker())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"resourceName\":\"Chess club\",\"kind\":\"CLUB\",\"start\":\"2026-05-10\","
                + "\"end\":\"2026-05-09\",\"progress\":\"GOING_WELL\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post(path).with(as(w.ourWorker())).contentType(MediaType.APPLICATION_JSON)
            .content("{\"resourceName\":\"Chess club\",\"kind\":\"CLUB\",\"start\":\"2026-05-10\","
                + "\"progress\":\"GOING_WELL\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.resourceName").value("Chess club"));
    mvc.perform(get(path).with(as(w.ourWorker()))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
    mvc.perform(get("/api/me/connections").with(as(w.samHimself()))).andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)));
  }
}
