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
}
