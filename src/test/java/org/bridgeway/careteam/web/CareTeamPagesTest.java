package org.bridgeway.careteam.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
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
class CareTeamPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired Scene scene;
  @Autowired CareTeams teams;

  MockMvc mvc;
  Scene.Alliance lambeth;
  LocalDate today;
  UUID sam;
  UUID kemi;
  CurrentUser worker;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = scene.create();
    today = scene.today();
    sam = lambeth.person();
    kemi = lambeth.staff(lambeth.ours, "Kemi");
    worker = lambeth.user(Role.PRACTITIONER, kemi);
    teams.add(lambeth.admin, sam, new NewMember(kemi, TeamRole.KEY_WORKER, true, today.minusDays(40)));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void theKeyWorkerSeesTheTeamAndTheirCaseloadAndTheRecordLinksToTheTeam() throws Exception {
    mvc.perform(get("/people/" + sam + "/team").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Kemi Adeyemi"), containsString("Key worker"),
            containsString("Thames Reach"), containsString("Change the key worker"))));
    mvc.perform(get("/caseload").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("My caseload"), containsString("Sam Okafor"),
            containsString("You are on 1 person&#39;s team"))));
    mvc.perform(get("/people/" + sam).with(signedIn(worker)))
        .andExpect(content().string(containsString("/people/" + sam + "/team")));
  }

  @Test
  void searchLinksOnlyTheRecordsTheWorkerMayOpen() throws Exception {
    lambeth.person();
    mvc.perform(get("/people").param("q", "Okafor").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"/people/" + sam + "\""),
            containsString("Not on your caseload"))));
  }

  @Test
  void aSecondKeyWorkerIsShownAgainWithTheMessageBesideTheField() throws Exception {
    UUID ada = lambeth.staff(lambeth.theirs, "Ada");
    mvc.perform(get("/people/" + sam + "/team/add").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Ada Adeyemi")));

    mvc.perform(post("/people/" + sam + "/team").with(signedIn(worker)).with(csrf())
            .param("staffId", ada.toString()).param("role", "NURSE").param("keyWorker", "true")
            .param("startDateDay", "1").param("startDateMonth", "2").param("startDateYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"#keyWorker\""),
            containsString("Kemi Adeyemi is the key worker. End their membership first, or change the key worker."))));
  }

  @Test
  void aMemberAddedAndThenEndedMovesToThePastMembers() throws Exception {
    UUID ada = lambeth.staff(lambeth.theirs, "Ada");
    mvc.perform(post("/people/" + sam + "/team").with(signedIn(worker)).with(csrf())
            .param("staffId", ada.toString()).param("role", "NURSE")
            .param("startDateDay", "1").param("startDateMonth", "2").param("startDateYear", "2026"))
        .andExpect(redirectedUrl("/people/" + sam + "/team"));
    UUID member = teams.team(worker, sam).current().stream().filter(m -> m.staffId().equals(ada)).findFirst()
        .orElseThrow().id();

    mvc.perform(get("/people/" + sam + "/team/" + member + "/end").with(signedIn(worker)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Ada Adeyemi</span> leaves the team")));
    mvc.perform(post("/people/" + sam + "/team/" + member + "/end").with(signedIn(worker)).with(csrf())
            .param("version", "0").param("endDateDay", "" + today.getDayOfMonth())
            .param("endDateMonth", "" + today.getMonthValue()).param("endDateYear", "" + today.getYear())
            .param("reason", ""))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why they are leaving the team")));
    mvc.perform(post("/people/" + sam + "/team/" + member + "/end").with(signedIn(worker)).with(csrf())
            .param("version", "0").param("endDateDay", "" + today.getDayOfMonth())
            .param("endDateMonth", "" + today.getMonthValue()).param("endDateYear", "" + today.getYear())
            .param("reason", "Discharged from the nursing caseload"))
        .andExpect(redirectedUrl("/people/" + sam + "/team"));

    mvc.perform(get("/people/" + sam + "/team").with(signedIn(worker)))
        .andExpect(content().string(allOf(containsString("People who have left the team"),
            containsString("Discharged from the nursing caseload"))));
  }

  @Test
  void theKeyWorkerIsChangedThroughItsOwnForm() throws Exception {
    UUID ada = lambeth.staff(lambeth.theirs, "Ada");
    mvc.perform(get("/people/" + sam + "/team/key-worker").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Kemi Adeyemi</span> is the key worker now")));

    mvc.perform(post("/people/" + sam + "/team/key-worker").with(signedIn(worker)).with(csrf())
            .param("version", "0").param("staffId", ada.toString()).param("role", "NURSE")
            .param("startDateDay", "" + today.getDayOfMonth()).param("startDateMonth", "" + today.getMonthValue())
            .param("startDateYear", "" + today.getYear()).param("reason", "Kemi is moving to the crisis team"))
        .andExpect(redirectedUrl("/people/" + sam + "/team"));
  }

  @Test
  void theApiAddsAndEndsMembersAndListsTheCaseload() throws Exception {
    UUID ada = lambeth.staff(lambeth.theirs, "Ada");
    mvc.perform(post("/api/people/" + sam + "/team").with(signedIn(worker)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"staffId\": \"" + ada + "\", \"role\": \"NURSE\", \"startDate\": \"" + today + "\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.current.length()").value(2));
    mvc.perform(post("/api/people/" + sam + "/team").with(signedIn(worker)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"staffId\": \"" + ada + "\", \"role\": \"NURSE\", \"keyWorker\": true}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
    UUID member = teams.team(worker, sam).keyWorker().orElseThrow().id();
    mvc.perform(post("/api/people/" + sam + "/team/" + member + "/end").with(signedIn(worker))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"endDate\": \"" + today + "\", \"reason\": \"Moved away\", \"version\": 3}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/caseload").with(signedIn(worker))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].personId").value(sam.toString()));
    mvc.perform(get("/api/caseload").with(signedIn(lambeth.test.as(Role.COMMISSIONER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/caseload").with(signedIn(lambeth.test.as(Role.PERSON)))).andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Sam Okafor"))));
  }
}
