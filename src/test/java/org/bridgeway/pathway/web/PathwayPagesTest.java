package org.bridgeway.pathway.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
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
class PathwayPagesTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired WebApplicationContext context;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Ladders ladders;

  MockMvc mvc;
  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;
  UUID house;
  UUID oakHouse;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = scene.create();
    admin = lambeth.admin;
    sam = lambeth.person();
    house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY);
    oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE);
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(admin, new ServiceDetails(lambeth.ours, name, kind, false, 12, CapacityUnit.BEDS, null, 180,
        270, null, false, false, false, null, null, null, null));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void thePathwayShowsEachStayInATableAndAPictureAndTheRecordLinksToIt() throws Exception {
    stays.record(admin, sam, new NewStay(house, MAY_10.minusMonths(2), null, null));

    mvc.perform(get("/people/" + sam + "/pathway").with(signedIn(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<svg role=\"img\""), containsString("viewBox=\"0 0 "),
            containsString("<title id=\"pathway-picture-title\">"), containsString("Recovery house"),
            containsString("Community recovery service</span><span>, level 4</span>"), containsString("10 Mar 2026"),
            containsString("(intended 6 to 9 months)"), containsString(">now<"), not(containsString("style=")))));
    mvc.perform(get("/people/" + sam).with(signedIn(admin)))
        .andExpect(content().string(containsString("/people/" + sam + "/pathway")));
  }

  @Test
  void anOverlappingStayIsRefusedOnTheFormWithAnErrorSummaryAndAMoveIsRecorded() throws Exception {
    UUID stay = stays.record(admin, sam, new NewStay(house, MAY_10.minusMonths(8), null, null));

    mvc.perform(post("/people/" + sam + "/pathway/stays").with(signedIn(admin)).with(csrf())
            .param("serviceId", oakHouse.toString()).param("startDateDay", "10").param("startDateMonth", "5")
            .param("startDateYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("There is a problem"),
            containsString("They are in Recovery house (Community recovery service) from 10 September 2025"))));

    mvc.perform(post("/people/" + sam + "/pathway/stays/" + stay + "/end").with(signedIn(admin)).with(csrf())
            .param("endDateDay", "10").param("endDateMonth", "5").param("endDateYear", "2026")
            .param("reason", "STEPPED_UP").param("destination", "Oak House").param("version", "0"))
        .andExpect(redirectedUrl("/people/" + sam + "/pathway"));
    mvc.perform(post("/people/" + sam + "/pathway/stays").with(signedIn(admin)).with(csrf())
            .param("serviceId", oakHouse.toString()).param("startDateDay", "10").param("startDateMonth", "5")
            .param("startDateYear", "2026"))
        .andExpect(redirectedUrl("/people/" + sam + "/pathway"));
    mvc.perform(get("/people/" + sam + "/pathway/stays/" + stay + "/end").with(signedIn(admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiRecordsAndEndsStaysAndAnswersRefusalsAsProblems() throws Exception {
    mvc.perform(post("/api/people/" + sam + "/stays").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceId\":\"" + house + "\",\"startDate\":\"2026-01-10\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].serviceKind").value("COMMUNITY_RECOVERY"));
    UUID stay = stays.ofPerson(admin, sam).get(0).id();

    mvc.perform(post("/api/people/" + sam + "/stays").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceId\":\"" + oakHouse + "\",\"startDate\":\"2026-02-10\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
    mvc.perform(post("/api/people/" + sam + "/stays/" + stay + "/end").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"endDate\":\"2026-01-09\",\"reason\":\"MOVED_ON\",\"version\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("The stay cannot end before it starts, on 10 January 2026"));
    mvc.perform(post("/api/people/" + sam + "/stays/" + stay + "/end").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"endDate\":\"2026-05-10\",\"reason\":\"MOVED_ON\",\"version\":0}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].endReason").value("MOVED_ON"));
    mvc.perform(post("/api/people/" + sam + "/stays/" + stay + "/end").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"endDate\":\"2026-05-11\",\"reason\":\"OTHER\",\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/people/" + sam + "/stays").with(signedIn(scene.create().admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void afterTheAdministratorSwapsTwoLevelsThePictureAndTheTableFollowTheAlliancesLadder() throws Exception {
    UUID flats = service("Brixton flats", ServiceKind.STAFFED_FLATS);
    stays.record(admin, sam, new NewStay(flats, MAY_10, null, null));
    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);
    ladders.change(admin, levels, 0);

    mvc.perform(get("/people/" + sam + "/pathway").with(signedIn(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(
            stringContainsInOrder("5 Supported living", "6 24/7 staffed flats", "Hospital and crisis",
                "Teams and day services"),
            containsString("24/7 staffed flats</span><span>, level 6</span>"))));
    mvc.perform(get("/people/" + sam + "/pathway/stays/new").with(signedIn(admin)))
        .andExpect(content().string(containsString("Brixton flats (24/7 staffed flats, level 6)")));
  }

  @Test
  void theFormRecordsAFinishedPastStayAndShowsAMissingReasonBesideItsField() throws Exception {
    mvc.perform(post("/people/" + sam + "/pathway/stays").with(signedIn(admin)).with(csrf())
            .param("serviceId", oakHouse.toString()).param("startDateDay", "10").param("startDateMonth", "5")
            .param("startDateYear", "2024").param("endDateDay", "10").param("endDateMonth", "5")
            .param("endDateYear", "2025"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"reason-error\""),
            containsString("Select why the stay ended"))));
    org.assertj.core.api.Assertions.assertThat(stays.ofPerson(admin, sam)).isEmpty();

    mvc.perform(post("/people/" + sam + "/pathway/stays").with(signedIn(admin)).with(csrf())
            .param("serviceId", oakHouse.toString()).param("startDateDay", "10").param("startDateMonth", "5")
            .param("startDateYear", "2024").param("endDateDay", "10").param("endDateMonth", "5")
            .param("endDateYear", "2025").param("reason", "MOVED_ON").param("destination", "Recovery house"))
        .andExpect(redirectedUrl("/people/" + sam + "/pathway"));
    org.assertj.core.api.Assertions.assertThat(stays.ofPerson(admin, sam)).singleElement().satisfies(s -> {
      org.assertj.core.api.Assertions.assertThat(s.endDate()).isEqualTo(LocalDate.of(2025, 5, 10));
      org.assertj.core.api.Assertions.assertThat(s.destination()).isEqualTo("Recovery house");
    });
  }

  @Test
  void theApiRecordsAStayAsEndedAndRefusesAFutureEndDate() throws Exception {
    mvc.perform(post("/api/people/" + sam + "/stays").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceId\":\"" + house + "\",\"startDate\":\"2025-01-10\",\"endDate\":\"2025-08-10\","
                + "\"endReason\":\"MOVED_ON\",\"destination\":\"Staffed flats\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$[0].endReason").value("MOVED_ON"))
        .andExpect(jsonPath("$[0].ladderLevel").value(4));
    String tomorrow = stays.today().plusDays(1).toString();
    mvc.perform(post("/api/people/" + sam + "/stays").with(signedIn(admin)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceId\":\"" + oakHouse + "\",\"startDate\":\"2025-09-10\",\"endDate\":\"" + tomorrow
                + "\",\"endReason\":\"MOVED_ON\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endDate"))
        .andExpect(jsonPath("$.detail").value("The end date is in the future: use a planned end date instead"));
  }
}
