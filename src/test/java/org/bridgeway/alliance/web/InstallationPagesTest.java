package org.bridgeway.alliance.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Alliances;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class InstallationPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired Alliances alliances;

  MockMvc mvc;
  CurrentUser installationAdmin = new CurrentUser(UUID.randomUUID(), "test-installation-admin",
      "Installation administrator", Role.INSTALLATION_ADMIN, null, null, null, null);

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void theInstallationAdministratorCreatesAnAllianceWhoseAdministratorCanThenSignIn() throws Exception {
    String shortName = "bay" + System.nanoTime() % 1_000_000;
    mvc.perform(post("/installation/alliances").with(SetUpPagesTest.signedIn(installationAdmin)).with(csrf())
            .param("name", "Bay Alliance").param("shortName", shortName).param("standardWeekHours", "37.5")
            .param("adminName", "Pat Admin").param("adminUsername", shortName + "-pat")
            .param("adminPassword", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#adminPassword\"")));
    mvc.perform(post("/installation/alliances").with(SetUpPagesTest.signedIn(installationAdmin)).with(csrf())
            .param("name", "Bay Alliance").param("shortName", shortName).param("standardWeekHours", "36")
            .param("adminName", "Pat Admin").param("adminUsername", shortName + "-pat")
            .param("adminPassword", "harbour lights at dawn"))
        .andExpect(status().is3xxRedirection());

    var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(formLogin("/login")
            .user(shortName + "-pat").password("harbour lights at dawn"))
        .andExpect(authenticated().withRoles("ADMIN")).andReturn().getRequest().getSession();
    mvc.perform(get("/admin").session(session))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Bay Alliance")));
    mvc.perform(get("/installation/alliances").with(SetUpPagesTest.signedIn(installationAdmin)))
        .andExpect(content().string(containsString(shortName)));
    UUID id = alliances.findByShortName(shortName).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(alliances.standardWeek(id)).isEqualByComparingTo("36");
  }

  @Test
  void anAllianceAdministratorCannotReachTheInstallationPages() throws Exception {
    CurrentUser admin = new CurrentUser(UUID.randomUUID(), "x-admin", "Admin", Role.ADMIN, UUID.randomUUID(), "X",
        null, null);
    mvc.perform(get("/installation/alliances").with(SetUpPagesTest.signedIn(admin))).andExpect(status().isForbidden());
  }
}
