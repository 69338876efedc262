package org.bridgeway.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.PlanSamples;
import org.bridgeway.plans.Plans;
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
class PlanPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired Plans plans;
  @Autowired MyPlans myPlans;

  MockMvc mvc;
  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    w = worlds.create();
    today = plans.today();
  }

  static RequestPostProcessor as(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void theAgreedPlanAsAPdfHasThePersonsWordsATitleAndTags() throws Exception {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.agree(w.ourWorker(), w.sam(), version);
    myPlans.agree(w.samHimself(), version);

    byte[] pdf = mvc.perform(get("/me/plan/versions/1/pdf").with(as(w.samHimself())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Support plan of Sam Okafor", "Version 1, agreed on",
          "My son Danny and getting my own flat.", "Move into my own flat", "Going to the football on my own",
          "Agreed by Sam Okafor on");
      assertThat(text).doesNotContain("Draft");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Support plan of Sam Okafor");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void theDraftAsAPdfSaysItIsADraft() throws Exception {
    plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));

    byte[] pdf = mvc.perform(get("/people/" + w.sam() + "/plan/draft/pdf").with(as(w.ourWorker())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Draft: this plan has not been agreed yet", "DRAFT: not yet agreed",
          "My son Danny and getting my own flat.");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Draft support plan of Sam Okafor");
    }
  }

  @Test
  void aStaleSaveShowsTheSavedWordsBesideTheirsAndSavesNothing() throws Exception {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.saveDraft(w.colleague(), w.sam(), version,
        PlanSamples.withWhatMatters(PlanSamples.first(today), "Bola wrote this"));

    mvc.perform(post("/me/plan/draft").with(as(w.samHimself())).with(csrf()).param("version", "" + version)
            .param("whatMatters", "Sam wrote this").param("goal-0-goal", "").param("risk-0-risk", "")
            .param("reviewOnDay", "" + today.plusMonths(3).getDayOfMonth())
            .param("reviewOnMonth", "" + today.plusMonths(3).getMonthValue())
            .param("reviewOnYear", "" + today.plusMonths(3).getYear()))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Someone else changed the plan"),
            containsString("Bola wrote this"), containsString("Sam wrote this"),
            containsString("About me: What matters to me"),
            containsString("name=\"version\" value=\"" + (version + 1) + "\""))));

    assertThat(plans.draft(w.ourWorker(), w.sam()).content().whatMatters()).isEqualTo("Bola wrote this");
  }

  @Test
  void aGoalWithoutItsPartOfLifeIsRefusedBesideItsField() throws Exception {
    mvc.perform(post("/people/" + w.sam() + "/plan/draft").with(as(w.ourWorker())).with(csrf())
            .param("version", "0").param("whatMatters", "Family").param("goal-0-goal", "Get a job")
            .param("risk-0-risk", "").param("reviewOnDay", "1").param("reviewOnMonth", "1")
            .param("reviewOnYear", "" + (today.getYear() + 1)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Goal 1: select the part of life it is about"),
            containsString("id=\"goal-0-domain-error\""))));
    assertThat(plans.plan(w.ourWorker(), w.sam()).draft()).isNull();
  }

  @Test
  void theJsonApiSavesAStaleDraftAsAConflict() throws Exception {
    String body = """
        {"version": 0, "content": {"whatMatters": "Family", "goals": [{"domain": "HOME", "goal": "A flat"}],
         "risks": [], "reviewOn": "%s"}}""".formatted(today.plusMonths(2));
    mvc.perform(put("/api/people/" + w.sam() + "/plan/draft").with(as(w.ourWorker()))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andExpect(jsonPath("$.draft.version").value(1))
        .andExpect(jsonPath("$.draft.content.goals[0].domain").value("HOME"));
    mvc.perform(put("/api/me/plan/draft").with(as(w.samHimself()))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/me/plan/agree").with(as(w.samHimself()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.draft.personAgreement.name").value("Sam Okafor"));
  }

  @Test
  void everyPlanPageOpensForTheWorkerAndThePerson() throws Exception {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.agree(w.ourWorker(), w.sam(), version);
    myPlans.agree(w.samHimself(), version);
    plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.withWhatMatters(
        plans.plan(w.ourWorker(), w.sam()).editable(), "Danny and art"));
    String base = "/people/" + w.sam() + "/plan";
    for (String page : List.of("", "/edit", "/draft", "/versions/1", "/compare", "/compare?from=1&to=draft")) {
      mvc.perform(get(base + page).with(as(w.ourWorker()))).andExpect(status().isOk());
      mvc.perform(get("/me/plan" + page).with(as(w.samHimself()))).andExpect(status().isOk());
    }
    mvc.perform(get("/plans/reviews").with(as(w.ourWorker()))).andExpect(status().isOk());
    mvc.perform(get(base).with(as(w.samHimself()))).andExpect(status().isNotFound());
  }
}
