package org.bridgeway.alliance.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class LadderPagesTest {

  /** The standard levels with 24/7 staffed flats (5) and supported living (6) swapped, as the form sends them. */
  static final String[][] SWAPPED = {{"INPATIENT_REHABILITATION", "1"}, {"NURSING_CARE", "2"},
      {"RESIDENTIAL_CARE", "3"}, {"COMMUNITY_RECOVERY", "4"}, {"STAFFED_FLATS", "6"}, {"SUPPORTED_LIVING", "5"},
      {"FLOATING_SUPPORT", "7"}, {"OWN_HOME", "8"}};

  static final String SWAPPED_JSON = "{\"INPATIENT_REHABILITATION\": 1, \"NURSING_CARE\": 2, \"RESIDENTIAL_CARE\": 3,"
      + " \"COMMUNITY_RECOVERY\": 4, \"STAFFED_FLATS\": 6, \"SUPPORTED_LIVING\": 5, \"FLOATING_SUPPORT\": 7,"
      + " \"OWN_HOME\": 8}";

  @Autowired WebApplicationContext context;
  @Autowired TestAlliances alliances;
  @Autowired Ladders ladders;
  @Autowired Organisations organisations;
  @Autowired Services services;

  MockMvc mvc;
  TestAlliance lambeth;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = alliances.create();
    admin = lambeth.as(Role.ADMIN);
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  MockHttpServletRequestBuilder form(String[][] levels, String version) {
    MockHttpServletRequestBuilder request = post("/admin/ladder").with(signedIn(admin)).with(csrf())
        .param("version", version);
    for (String[] level : levels) {
      request.param(level[0], level[1]);
    }
    return request;
  }

  @Test
  void theAdministratorSeesTheLadderInOrderAndSwapsTwoLevels() throws Exception {
    mvc.perform(get("/admin").with(signedIn(admin))).andExpect(content().string(containsString("/admin/ladder")));
    mvc.perform(get("/admin/ladder").with(signedIn(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(stringContainsInOrder("24/7 staffed flats", "Supported living"),
            containsString("id=\"STAFFED_FLATS\" name=\"STAFFED_FLATS\" type=\"text\" value=\"5\""),
            not(containsString("style=")))));

    mvc.perform(form(SWAPPED, "0")).andExpect(redirectedUrl("/admin/ladder"))
        .andExpect(flash().attribute("success", "Ladder saved. 24/7 staffed flats moved from level 5 to 6. "
            + "Supported living moved from level 6 to 5."));

    mvc.perform(get("/admin/ladder").with(signedIn(admin)))
        .andExpect(content().string(allOf(stringContainsInOrder("Supported living", "24/7 staffed flats"),
            containsString("name=\"version\" value=\"2\""))));
  }

  @Test
  void levelsThatAreNotWholeNumbersFromOneToTwentyAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
    String[][] bad = SWAPPED.clone();
    bad[1] = new String[] {"NURSING_CARE", "0"};
    bad[7] = new String[] {"OWN_HOME", "eight"};

    mvc.perform(form(bad, "0")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("There is a problem"),
            containsString("id=\"NURSING_CARE-error\""), containsString("The level of nursing care must be from 1 to 20"),
            containsString("id=\"OWN_HOME-error\""),
            containsString("Enter the level of own home without support as a whole number from 1 to 20"),
            containsString("value=\"eight\""))));
    org.assertj.core.api.Assertions.assertThat(ladders.of(lambeth.id())).isEqualTo(Ladder.standard());
  }

  @Test
  void aFormWithoutItsVersionIsRefusedRatherThanSavedBlindly() throws Exception {
    MockHttpServletRequestBuilder request = post("/admin/ladder").with(signedIn(admin)).with(csrf());
    for (String[] level : SWAPPED) {
      request.param(level[0], level[1]);
    }

    mvc.perform(request).andExpect(status().isOk())
        .andExpect(content().string(containsString("Give the version of the record you loaded")));
    org.assertj.core.api.Assertions.assertThat(ladders.of(lambeth.id())).isEqualTo(Ladder.standard());
  }

  @Test
  void aStaleFormIsAConflictThatKeepsWhatWasTypedAndChangesNothing() throws Exception {
    mvc.perform(form(SWAPPED, "0")).andExpect(redirectedUrl("/admin/ladder"));
    String[][] other = SWAPPED.clone();
    other[7] = new String[] {"OWN_HOME", "9"};

    mvc.perform(form(other, "0")).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Someone else saved changes"),
            containsString("Someone else changed this ladder"), containsString("value=\"9\""))));
    org.assertj.core.api.Assertions.assertThat(ladders.of(lambeth.id()).level(ServiceKind.OWN_HOME)).hasValue(8);
  }

  @Test
  void theApiReadsAndChangesTheLadderAndAnswersConflictsAndBadLevelsAsProblems() throws Exception {
    mvc.perform(get("/api/alliance/ladder").with(signedIn(admin))).andExpect(status().isOk())
        .andExpect(jsonPath("$.levels.STAFFED_FLATS").value(5)).andExpect(jsonPath("$.version").value(0));

    mvc.perform(put("/api/alliance/ladder").with(signedIn(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"levels\": " + SWAPPED_JSON + ", \"version\": 0}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.levels.STAFFED_FLATS").value(6))
        .andExpect(jsonPath("$.levels.SUPPORTED_LIVING").value(5)).andExpect(jsonPath("$.version").value(2));

    mvc.perform(put("/api/alliance/ladder").with(signedIn(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"levels\": " + SWAPPED_JSON.replace("\"OWN_HOME\": 8", "\"OWN_HOME\": 9")
                + ", \"version\": 0}"))
        .andExpect(status().isConflict());
    mvc.perform(put("/api/alliance/ladder").with(signedIn(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"levels\": {\"OWN_HOME\": 30}, \"version\": 2}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("INPATIENT_REHABILITATION"))
        .andExpect(jsonPath("$.errors[7].message").value("The level of own home without support must be from 1 to 20"));
    mvc.perform(put("/api/alliance/ladder").with(signedIn(lambeth.as(Role.MANAGER))).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"levels\": " + SWAPPED_JSON + ", \"version\": 2}"))
        .andExpect(status().isForbidden());
    org.assertj.core.api.Assertions.assertThat(ladders.of(lambeth.id()).level(ServiceKind.OWN_HOME)).hasValue(8);
  }

  @Test
  void servicesAreGroupedByTheAlliancesLadderWithHospitalAndCrisisUnderTheirOwnHeading() throws Exception {
    var organisation = organisations.add(admin, new OrganisationDetails("Thames Reach", Sector.VOLUNTARY, null));
    for (var kind : List.of(ServiceKind.STAFFED_FLATS, ServiceKind.SUPPORTED_LIVING, ServiceKind.ACUTE_WARD,
        ServiceKind.DROP_IN)) {
      services.add(admin, new ServiceDetails(organisation, kind.label() + " service", kind, false, 10,
          CapacityUnit.PLACES, null, null, null, null, false, false, false, null, null, null, null));
    }
    mvc.perform(form(SWAPPED, "0")).andExpect(redirectedUrl("/admin/ladder"));

    mvc.perform(get("/admin/services").with(signedIn(admin)))
        .andExpect(content().string(stringContainsInOrder("Level 5: Supported living", "Level 6: 24/7 staffed flats",
            "Hospital and crisis", "Acute mental health ward (hospital) service", "Teams and day services",
            "Drop-in service")));
    mvc.perform(get("/admin/services/new").with(signedIn(admin)))
        .andExpect(content().string(stringContainsInOrder("5. Supported living", "6. 24/7 staffed flats")));
  }
}
