package org.bridgeway.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.referrals.PanelScenario;
import org.bridgeway.referrals.PanelScenario.Scene;
import org.bridgeway.referrals.Urgency;
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
class PanelPagesTest {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired WebApplicationContext context;
  @Autowired PanelScenario scenario;

  MockMvc mvc;
  Scene scene;
  UUID panel;
  UUID sam;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    scene = scenario.create();
    panel = scenario.meeting(scene, TODAY);
    sam = scenario.awaiting(scene, "Sam", Urgency.URGENT, TODAY.minusDays(12), scene.flats());
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  MockHttpServletRequestBuilder form(CurrentUser user, String url) {
    return post(url).with(signedIn(user)).with(csrf());
  }

  String decisionUrl() {
    return "/panels/" + panel + "/referrals/" + sam + "/decision";
  }

  @Test
  void everyPanelPageOpensForAPanelMember() throws Exception {
    for (String page : List.of("/panels", "/panels/" + panel, decisionUrl(), "/panels/" + panel + "/minutes",
        "/panels/waiting-lists")) {
      mvc.perform(get(page).with(signedIn(scene.member()))).andExpect(status().isOk());
    }
    mvc.perform(get("/panels/" + panel).with(signedIn(scene.member())))
        .andExpect(content().string(containsString("Sam Okafor")))
        .andExpect(content().string(containsString("Ferndale studio flats")))
        .andExpect(content().string(containsString("Self-neglect when unwell")));
  }

  @Test
  void onlyAdministratorsAndManagersScheduleAndPractitionersSeeNoPanelAtAll() throws Exception {
    mvc.perform(get("/panels/new").with(signedIn(scene.member()))).andExpect(status().isForbidden());
    mvc.perform(form(scene.member(), "/panels").param("meetsOnDay", "1")).andExpect(status().isForbidden());
    mvc.perform(get("/panels/new").with(signedIn(scene.manager()))).andExpect(status().isOk());
    for (Role role : List.of(Role.PRACTITIONER, Role.COMMISSIONER)) {
      mvc.perform(get("/panels").with(signedIn(scene.alliance().as(role)))).andExpect(status().isForbidden());
    }
    // A person who uses services is told there is nothing there, as for anything that is not theirs.
    mvc.perform(get("/panels").with(signedIn(scene.alliance().as(Role.PERSON)))).andExpect(status().isNotFound());
  }

  @Test
  void aMeetingIsScheduledWithItsDateInThreeFieldsAndAnUnrealDateIsShownBesideTheField() throws Exception {
    LocalDate day = TODAY.plusDays(7);
    mvc.perform(form(scene.manager(), "/panels").param("meetsOnDay", "31").param("meetsOnMonth", "2")
            .param("meetsOnYear", "2030").param("startsAt", "10:00").param("location", "Hub").param("chair", "Dr Rao"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#meetsOn\"")))
        .andExpect(content().string(containsString("Enter a real date")));
    mvc.perform(form(scene.manager(), "/panels").param("meetsOnDay", "" + day.getDayOfMonth())
            .param("meetsOnMonth", "" + day.getMonthValue()).param("meetsOnYear", "" + day.getYear())
            .param("startsAt", "9.30").param("location", "Brixton Hub").param("chair", "Dr Rao"))
        .andExpect(redirectedUrlPattern("/panels/*"));
    mvc.perform(get("/panels").with(signedIn(scene.member())))
        .andExpect(content().string(containsString("Brixton Hub")))
        .andExpect(content().string(containsString("09:30")));
  }

  @Test
  void aDecisionWithoutReasonsIsShownAgainWithTheMessageAndTheReferralStaysOnTheAgenda() throws Exception {
    mvc.perform(form(scene.member(), decisionUrl()).param("outcome", "DECLINE").param("reasons", " ")
            .param("referralVersion", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#reasons\"")))
        .andExpect(content().string(containsString("Enter the reasons for the decision")));
    mvc.perform(get("/panels/" + panel).with(signedIn(scene.member())))
        .andExpect(content().string(containsString("No decisions have been recorded")));
  }

  @Test
  void theMinutesPdfHasWhoWasPresentAndEachDecisionWithItsReasonsAndActions() throws Exception {
    mvc.perform(form(scene.member(), "/panels/" + panel + "/attendees").param("staffId", scene.keyWorker().toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(form(scene.member(), decisionUrl()).param("outcome", "ALLOCATE")
            .param("reasons", "Ready for a flat with staff on site").param("serviceIds", scene.flats().toString())
            .param("keyWorkerStaffId", scene.keyWorker().toString())
            .param("memberStaffIds", scene.peerWorker().toString(), "", "")
            .param("memberRoles", "Peer support", "", "")
            .param("startDateDay", "1").param("startDateMonth", "6").param("startDateYear", "2026")
            .param("referralVersion", "1"))
        .andExpect(redirectedUrlPattern("/panels/*"));
    mvc.perform(form(scene.member(), "/panels/" + panel + "/actions").param("referralId", sam.toString())
            .param("action", "Arrange a getting-to-know-you visit").param("owner", "Ama Owusu")
            .param("dueOnDay", "20").param("dueOnMonth", "5").param("dueOnYear", "2026"))
        .andExpect(status().is3xxRedirection());

    byte[] pdf = mvc.perform(get("/panels/" + panel + "/minutes.pdf").with(signedIn(scene.member())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

    assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Minutes of the referrals panel", "Ama Owusu", "Recovery Charity", "Sam Okafor",
          "Decision: Allocated to Ferndale studio flats.", "Ready for a flat with staff on site",
          "Kofi Mensah (Peer support)", "Arrange a getting-to-know-you visit");
      assertThat(document.getDocumentInformation().getTitle()).startsWith("Minutes of the referrals panel");
      assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Bridgeway");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }
}
