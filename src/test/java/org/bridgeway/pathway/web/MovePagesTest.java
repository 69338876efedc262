package org.bridgeway.pathway.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.MoveChanges;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.NewMovePlan;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.pathway.Stays;
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
class MovePagesTest {

  @Autowired WebApplicationContext context;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Moves moves;

  MockMvc mvc;
  CurrentUser admin;
  UUID sam;
  UUID stay;
  UUID flats;
  LocalDate moveDay;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    Scene.Alliance lambeth = scene.create();
    admin = lambeth.admin;
    sam = lambeth.person();
    moveDay = scene.today().minusDays(2);
    UUID house = services.add(admin, new ServiceDetails(lambeth.ours, "Recovery house", ServiceKind.COMMUNITY_RECOVERY,
        false, 12, CapacityUnit.BEDS, null, null, null, null, false, false, false, null, null, null, null));
    flats = services.add(admin, new ServiceDetails(lambeth.ours, "Staffed flats", ServiceKind.STAFFED_FLATS, false, 8,
        CapacityUnit.PLACES, null, null, null, null, false, false, false, null, null, null, null));
    stay = stays.record(admin, sam, new NewStay(house, moveDay.minusMonths(8), null, null));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  UUID plan() {
    return moves.plan(admin, sam, new NewMovePlan(stay, flats, null, Readiness.NOT_YET_READY, null,
        "placement panel"));
  }

  @Test
  void theApiPlansChangesAndCompletesAMoveAndAnswersRefusalsAsProblems() throws Exception {
    mvc.perform(post("/api/people/" + sam + "/moves").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"fromStayId\":\"" + stay + "\",\"toServiceId\":\""
                + flats + "\",\"readiness\":\"NOT_YET_READY\",\"decidedBy\":\"placement panel\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.direction").value("STEP_DOWN"))
        .andExpect(jsonPath("$.status").value("PLANNED"));
    UUID plan = moves.ofPerson(admin, sam).get(0).id();

    mvc.perform(post("/api/people/" + sam + "/moves").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"toServiceId\":\"" + flats
                + "\",\"readiness\":\"NOT_YET_READY\",\"decidedBy\":\"placement panel\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toServiceId"))
        .andExpect(jsonPath("$.openPlan").value("/api/people/" + sam + "/moves/" + plan));
    mvc.perform(put("/api/people/" + sam + "/moves/" + plan).with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"readiness\":\"READY\",\"readySince\":\""
                + moveDay.minusDays(5) + "\",\"decidedBy\":\"placement panel\",\"version\":0}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.readiness").value("READY"));
    mvc.perform(put("/api/people/" + sam + "/moves/" + plan).with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"readiness\":\"NOT_YET_READY\","
                + "\"decidedBy\":\"someone\",\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/people/" + sam + "/moves/" + plan + "/visits").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"visitDate\":\"" + moveDay.minusDays(7)
                + "\",\"kind\":\"TASTER_DAY\",\"withWhom\":\"The flats' manager\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.visits", hasSize(1)));
    mvc.perform(post("/api/people/" + sam + "/moves/" + plan + "/complete").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"moveDate\":\"" + moveDay + "\",\"version\":1}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.movedOn").value(moveDay.toString()));
    mvc.perform(get("/api/people/" + sam + "/stays").with(signedIn(admin)))
        .andExpect(jsonPath("$[0].endReason").value("MOVED_ON")).andExpect(jsonPath("$[1].serviceName")
            .value("Staffed flats"));
    mvc.perform(get("/api/people/" + sam + "/moves/" + plan).with(signedIn(scene.create().admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theChangeFormAfterSomeoneElseSavedSaysSoAndShowsTheSavedValues() throws Exception {
    UUID plan = plan();
    moves.change(admin, sam, plan, 0, new MoveChanges(null, Readiness.NOT_YET_READY, null,
        "the person with their care coordinator", false, null, null, null));

    mvc.perform(post("/people/" + sam + "/pathway/moves/" + plan + "/change").with(signedIn(admin)).with(csrf())
            .param("readiness", "NOT_YET_READY").param("decidedBy", "my stale answer").param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Someone else changed this move plan"),
            containsString("value=\"the person with their care coordinator\""),
            not(containsString("my stale answer")), containsString("name=\"version\" value=\"1\""))));
  }

  @Test
  void aSecondPlanOnTheFormLinksToTheOpenOneAndThePathwayListsThePlans() throws Exception {
    UUID plan = plan();

    mvc.perform(post("/people/" + sam + "/pathway/moves").with(signedIn(admin)).with(csrf())
            .param("toServiceId", flats.toString()).param("readiness", "NOT_YET_READY")
            .param("decidedBy", "placement panel"))
        .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("There is a problem"),
            containsString("They already have an open move plan, to Staffed flats."),
            containsString("href=\"/people/" + sam + "/pathway/moves/" + plan + "\""))));
    mvc.perform(post("/people/" + sam + "/pathway/moves/" + plan + "/visits").with(signedIn(admin)).with(csrf())
            .param("kind", "VISIT"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the date of the visit")));
    mvc.perform(get("/people/" + sam + "/pathway").with(signedIn(admin)))
        .andExpect(content().string(allOf(containsString("Moves"), containsString("Recovery house to Staffed flats"),
            containsString("Step down"), containsString("Not yet ready"))));
  }

  @Test
  void completingOnTheFormRedirectsToThePathway() throws Exception {
    UUID plan = plan();

    mvc.perform(post("/people/" + sam + "/pathway/moves/" + plan + "/complete").with(signedIn(admin)).with(csrf())
            .param("moveDateDay", String.valueOf(moveDay.getDayOfMonth()))
            .param("moveDateMonth", String.valueOf(moveDay.getMonthValue()))
            .param("moveDateYear", String.valueOf(moveDay.getYear())).param("version", "0"))
        .andExpect(redirectedUrl("/people/" + sam + "/pathway"));
    mvc.perform(get("/people/" + sam + "/pathway/moves/" + plan + "/complete").with(signedIn(admin)))
        .andExpect(status().isNotFound());
  }
}
