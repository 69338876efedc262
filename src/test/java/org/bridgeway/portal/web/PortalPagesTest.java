package org.bridgeway.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.portal.PortalWorld;
import org.bridgeway.portal.PortalWorld.Portal;
import org.bridgeway.portal.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@BridgewayTest
class PortalPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired PortalWorld worlds;
  @Autowired People people;
  @Autowired RequestMappingHandlerMapping requestMappingHandlerMapping;

  static final String CURRENT =
      "aria-current=\"page\"><strong class=\"nhsuk-header__navigation-item-current-fallback\">";

  MockMvc mvc;
  Portal p;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    p = worlds.create();
  }

  static RequestPostProcessor as(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void thePersonsHomeLeadsToTheirRecordAndShowsEachCard() throws Exception {
    mvc.perform(get("/").with(as(p.sam()))).andExpect(redirectedUrl("/me"));
    mvc.perform(get("/me").with(as(p.sam())))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("href=\"/me/plan\""), containsString("href=\"/me/notes\""),
            containsString("Your key worker is Dee Kamara"), containsString("href=\"/me/team\""),
            containsString("Since 3 March 2025 you have lived at Coldharbour Lane flats."),
            containsString("href=\"/me/access-log\""), containsString("href=\"/me/download\""),
            containsString(CURRENT + "My record"))));
  }

  @Test
  void theMenuMarksTheLongestMatchingLinkSoMyNotesIsNotAlsoMyRecord() throws Exception {
    mvc.perform(get("/me/notes").with(as(p.sam())))
        .andExpect(content().string(allOf(
            containsString(CURRENT + "My notes"),
            not(containsString("current-fallback\">My record")))));
  }

  @Test
  void theTeamPathwayAndAccessLogPagesSpeakPlainly() throws Exception {
    people.read(p.w().ourWorker(), p.w().sam());
    mvc.perform(get("/me/team").with(as(p.sam())))
        .andExpect(content().string(allOf(containsString("Dee Kamara"), containsString("Key worker"),
            containsString("mailto:dee.kamara@thamesreach.org.uk"), containsString("NHS 111"),
            not(containsString("22.5")))));
    mvc.perform(get("/me/pathway").with(as(p.sam())))
        .andExpect(content().string(allOf(containsString("You are planning to move to Acre Lane floating support"),
            containsString("with Jo from Acre Lane"), not(containsString("Someone else")),
            containsString("From 10 January 2024 until 3 March 2025 you lived at"), not(containsString("Step down")))));
    mvc.perform(get("/me/access-log").param("others", "true").with(as(p.sam())))
        .andExpect(content().string(allOf(containsString("Test Practitioner"), containsString("Thames Reach"),
            containsString("Looked at your record"))));
  }

  @Test
  void theJsonAnswersForThePersonSignedIn() throws Exception {
    mvc.perform(get("/api/me").with(as(p.sam())))
        .andExpect(jsonPath("$.keyWorker").value("Dee Kamara"))
        .andExpect(jsonPath("$.movingTo").value("Acre Lane floating support"));
    mvc.perform(get("/api/me/team").with(as(p.sam())))
        .andExpect(jsonPath("$.current[0].workEmail").value("dee.kamara@thamesreach.org.uk"))
        .andExpect(jsonPath("$.current[0].contractedHours").doesNotExist());
    mvc.perform(get("/api/me/pathway").with(as(p.sam())))
        .andExpect(jsonPath("$.now[0].name").value("Coldharbour Lane flats"));
    mvc.perform(get("/api/me/access-log").with(as(p.sam())))
        .andExpect(jsonPath("$.items").isArray());
  }

  @Test
  void theDownloadIsAZipNamedForTodayWithTheRecordInIt() throws Exception {
    byte[] zip = mvc.perform(get("/me/download").with(as(p.sam())))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/zip"))
        .andExpect(header().string("Content-Disposition", containsString("my-record-")))
        .andReturn().getResponse().getContentAsByteArray();

    Map<String, String> files = Zips.read(zip);
    assertThat(files.get("about-me.txt")).contains("First name: Samuel");
  }

  @Test
  void aPersonReachesNoOneElsesRecordAndNothingUnderMeTakesAPersonsId() throws Exception {
    // Not found, as if nothing were there: a person is not told whether anyone else has a record.
    for (String path : List.of("/people/" + p.bob(), "/people/" + p.w().sam(), "/people/" + p.bob() + "/notes",
        "/api/people/" + p.bob(), "/api/people/" + p.w().sam())) {
      mvc.perform(get(path).with(as(p.sam()))).andExpect(status().isNotFound());
    }
    assertThat(requestMappingHandlerMapping.getHandlerMethods().keySet().stream()
        .flatMap(m -> m.getPatternValues().stream())
        .filter(path -> path.equals("/me") || path.startsWith("/me/") || path.startsWith("/api/me")))
        .isNotEmpty()
        .allSatisfy(path -> assertThat(path).doesNotContainIgnoringCase("{id}")
            .doesNotContainIgnoringCase("person"));
    mvc.perform(get("/me").with(as(p.w().ourWorker()))).andExpect(status().isForbidden());
  }
}
