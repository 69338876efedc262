package org.bridgeway.outcomes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.outcomes.Outcomes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class OutcomePagesTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired Outcomes outcomes;

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

  static MockHttpServletRequestBuilder dialog(MockHttpServletRequestBuilder post, int... values) {
    for (int i = 0; i < values.length; i++) {
      post.param("item-" + (i + 1), String.valueOf(values[i]));
    }
    return post.param("help-2", "true").with(csrf());
  }

  @Test
  void aWorkerRecordsDialogSeesTheScoresAndTheChartsAreSvg() throws Exception {
    String base = "/people/" + w.sam() + "/outcomes";
    mvc.perform(get(base + "/new").with(as(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("How satisfied are you with your accommodation?")));
    // Items 1-8: 4+3+2+5+4+4+6+4 = 32, mean 4; items 9-11: 5+5+5 = 15, mean 5.
    mvc.perform(dialog(post(base).param("instrument", "DIALOG"), 4, 3, 2, 5, 4, 4, 6, 4, 5, 5, 5)
            .with(as(w.ourWorker())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(base).with(as(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Subjective quality of life 4;")))
        .andExpect(content().string(containsString("Treatment satisfaction 5.")))
        .andExpect(content().string(containsString(base + "/charts/DIALOG/items.svg")));
    for (String chart : List.of("items", "scores")) {
      mvc.perform(get(base + "/charts/DIALOG/" + chart + ".svg").with(as(w.ourWorker())))
          .andExpect(status().isOk())
          .andExpect(content().contentType("image/svg+xml"))
          .andExpect(content().string(containsString("<title>DIALOG")));
    }
    mvc.perform(get("/api/people/" + w.sam() + "/outcomes").with(as(w.ourWorker())))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].total").value(4))
        .andExpect(jsonPath("$[0].answers[1].wantsHelp").value(true));
  }

  @Test
  void anAnswerOfNineIsRefusedBesideTheQuestionAndSavesNothing() throws Exception {
    mvc.perform(dialog(post("/people/" + w.sam() + "/outcomes").param("instrument", "DIALOG"),
            4, 3, 9, 5, 4, 4, 6, 4, 5, 5, 5).with(as(w.ourWorker())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("9 is not on the scale")))
        .andExpect(content().string(containsString("href=\"#item-3\"")));
    assertThat(outcomes.responses(w.ourWorker(), w.sam())).isEmpty();
  }

  @Test
  void thePersonFillsInDialogThemselvesAndSeesTheirChart() throws Exception {
    mvc.perform(get("/me/outcomes/new").with(as(w.samHimself()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("I would like more help with this")));
    mvc.perform(dialog(post("/me/outcomes"), 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6).with(as(w.samHimself())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/me/outcomes").with(as(w.samHimself()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Your latest answers")));
    mvc.perform(get("/me/outcomes/charts/DIALOG/scores.svg").with(as(w.samHimself())))
        .andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"));
    assertThat(outcomes.responses(w.ourWorker(), w.sam())).singleElement()
        .satisfies(r -> assertThat(r.byPerson()).isTrue());
  }

  @Test
  void anAdministratorAddsAnInstrumentThroughTheFormAndAWorkerMayNot() throws Exception {
    MockHttpServletRequestBuilder add = post("/outcomes/instruments").param("code", "sample3")
        .param("name", "Sample three").param("version", "1").param("licenceNote", "Licensed to the alliance")
        .param("scaleMin", "0").param("scaleMax", "4").param("minLabel", "Never").param("maxLabel", "Always")
        .param("items", "Mood | Sample one\nSleep | Sample two\nMood | Sample three | | reverse")
        .param("rules", "Total | sum | 1-3\nMood | mean | 1, 3").with(csrf());
    mvc.perform(add.with(as(w.ourWorker()))).andExpect(status().isForbidden());
    mvc.perform(add.with(as(w.alliance().admin))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/outcomes/instruments").with(as(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sample three")));
    // Answers 1, 2, 0: item 3 reversed counts 0 + 4 - 0 = 4; total 1 + 2 + 4 = 7; mood mean (1 + 4) / 2 = 2.5.
    mvc.perform(post("/people/" + w.sam() + "/outcomes").param("instrument", "SAMPLE3").param("item-1", "1")
        .param("item-2", "2").param("item-3", "0").with(csrf()).with(as(w.ourWorker())))
        .andExpect(status().is3xxRedirection());
    assertThat(outcomes.responses(w.ourWorker(), w.sam())).singleElement().satisfies(r -> {
      assertThat(r.total()).isEqualByComparingTo("7");
      assertThat(r.scores().get(1).value()).isEqualByComparingTo("2.5");
    });
    mvc.perform(get("/api/outcomes/instruments").with(as(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'SAMPLE3')].rules[1].items[1]").value(3));
  }
}
