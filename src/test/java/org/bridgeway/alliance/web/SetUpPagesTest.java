package org.bridgeway.alliance.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
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
class SetUpPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired TestAlliances alliances;
  @Autowired Organisations organisations;

  MockMvc mvc;
  TestAlliance lambeth;
  CurrentUser admin;
  UUID charity;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = alliances.create();
    admin = lambeth.as(Role.ADMIN);
    charity = organisations.add(admin, new OrganisationDetails("Recovery Charity", Sector.VOLUNTARY, null));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  MockHttpServletRequestBuilder form(String url) {
    return post(url).with(signedIn(admin)).with(csrf());
  }

  @Test
  void everySetUpPageOpensForTheAdministrator() throws Exception {
    for (String page : List.of("/admin", "/admin/organisations", "/admin/organisations/new", "/admin/localities",
        "/admin/localities/new", "/admin/services", "/admin/services/new", "/admin/teams", "/admin/teams/new",
        "/admin/staff", "/admin/staff/new", "/admin/users", "/admin/users/new")) {
      mvc.perform(get(page).with(signedIn(admin))).andExpect(status().isOk());
    }
  }

  @Test
  void aServiceWithANegativeCostIsShownAgainWithTheMessageBesideTheField() throws Exception {
    mvc.perform(form("/admin/services").param("organisationId", charity.toString()).param("name", "Drop-in")
            .param("kind", "DROP_IN").param("weeklyCost", "-5").param("stayUnit", "MONTHS").param("stayMin", "9")
            .param("stayMax", "six"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#weeklyCost\"")))
        .andExpect(content().string(containsString("Enter a weekly cost of £0.00 or more")))
        .andExpect(content().string(containsString("Enter the longest stay as a whole number")));
  }

  @Test
  void aDropInIsAddedThenGivenAnOpeningTimeOnItsPage() throws Exception {
    String location = mvc.perform(form("/admin/services").param("organisationId", charity.toString())
            .param("name", "Brixton drop-in").param("kind", "DROP_IN").param("weeklyCost", "£1,050")
            .param("stayUnit", "MONTHS").param("userRun", "true"))
        .andExpect(redirectedUrlPattern("/admin/services/*")).andReturn().getResponse().getRedirectedUrl();

    mvc.perform(form(location + "/opening-times").param("day", "2").param("opens", "10:00").param("closes", "9:00"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The closing time must be after the opening time")));
    mvc.perform(form(location + "/opening-times").param("day", "2").param("opens", "10:00").param("closes", "16:30"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(location).with(signedIn(admin)))
        .andExpect(content().string(containsString("£1,050.00")))
        .andExpect(content().string(containsString("Tuesday")))
        .andExpect(content().string(containsString("16:30")));
  }

  @Test
  void aChangeFromAnOutOfDateFormIsShownAgainAsAConflictAndNotSaved() throws Exception {
    mvc.perform(form("/admin/organisations/" + charity).param("name", "Recovery Charity Ltd")
        .param("sector", "VOLUNTARY").param("version", "0")).andExpect(status().is3xxRedirection());

    mvc.perform(form("/admin/organisations/" + charity).param("name", "Old name")
            .param("sector", "VOLUNTARY").param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved changes")))
        .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    mvc.perform(get("/admin/organisations").with(signedIn(admin)))
        .andExpect(content().string(containsString("Recovery Charity Ltd")))
        .andExpect(content().string(not(containsString("Old name"))));
  }

  @Test
  void staffAreListedWithTheirOwnWholeTimeEquivalentAndTheTotals() throws Exception {
    mvc.perform(form("/admin/staff").param("organisationId", charity.toString()).param("givenName", "Ama")
            .param("familyName", "Owusu").param("role", "PEER_WORKER").param("contractedHours", "18.75")
            .param("livedExperience", "true").param("startDateDay", "1").param("startDateMonth", "4")
            .param("startDateYear", "2025"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/admin/staff").with(signedIn(admin)))
        .andExpect(content().string(containsString("Owusu, Ama")))
        .andExpect(content().string(containsString(">0.5<")));
    mvc.perform(form("/admin/staff").param("organisationId", charity.toString()).param("givenName", "Kofi")
            .param("familyName", "Owusu").param("role", "NURSE").param("contractedHours", "81")
            .param("startDateDay", "31").param("startDateMonth", "2").param("startDateYear", "2025"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter contracted hours from 0 to 80 a week")))
        .andExpect(content().string(containsString("The date must be a real date")));
  }

  @Test
  void anAdministratorOpensAnAccountInTheirAllianceButNeverAnInstallationAccount() throws Exception {
    String username = lambeth.shortName() + "-worker";
    mvc.perform(form("/admin/users").param("username", username).param("displayName", "Sam Worker")
            .param("role", "INSTALLATION_ADMIN").param("password", "a fine long passphrase"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Select a role from the list")));
    mvc.perform(form("/admin/users").param("username", username).param("displayName", "Sam Worker")
            .param("role", "PRACTITIONER").param("password", "short"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("at least 12 characters")));
    mvc.perform(form("/admin/users").param("username", username).param("displayName", "Sam Worker")
            .param("role", "PRACTITIONER").param("password", "a fine long passphrase"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/admin/users").with(signedIn(admin))).andExpect(content().string(containsString(username)));
  }

  @Test
  void anotherAlliancesRecordsAnswerNotFound() throws Exception {
    CurrentUser leedsAdmin = alliances.create().as(Role.ADMIN);

    mvc.perform(get("/admin/organisations/" + charity + "/edit").with(signedIn(leedsAdmin)))
        .andExpect(status().isNotFound());
  }
}
