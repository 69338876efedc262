package org.bridgeway.referrals.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.ReferralWorld;
import org.bridgeway.referrals.ReferralWorld.World;
import org.bridgeway.referrals.Referrals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The referral pages, server-rendered and working without JavaScript. */
@BridgewayTest
class ReferralPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired ReferralWorld worlds;
  @Autowired Referrals referrals;

  MockMvc mvc;
  World world;
  CurrentUser worker;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    world = worlds.create();
    worker = world.trustWorker();
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void everyReferralPageOpensForAWorker() throws Exception {
    UUID id = referrals.refer(worker, world.referral(true));
    for (String page : List.of("/referrals", "/referrals?tab=closed", "/referrals/mine", "/referrals/waiting",
        "/referrals/new", "/referrals/new?q=Okafor", "/referrals/new?personId=" + world.person(),
        "/referrals/" + id)) {
      mvc.perform(get(page).with(signedIn(worker))).andExpect(status().isOk())
          .andExpect(content().string(not(containsString("style="))));
    }
  }

  @Test
  void aReferralMadeOnTheFormShowsOnItsPageWithItsTimeline() throws Exception {
    LocalDate today = LocalDate.now();
    mvc.perform(post("/referrals").with(signedIn(worker)).with(csrf()).param("personId", world.person().toString())
            .param("source", "GP").param("referrerName", "Dr Patel").param("receivedOnDay", "" + today.getDayOfMonth())
            .param("receivedOnMonth", "" + today.getMonthValue()).param("receivedOnYear", "" + today.getYear())
            .param("reason", "Isolated since leaving hospital").param("requestedServices", world.recovery().toString())
            .param("requestedServices", world.flats().toString()).param("urgency", "SOON")
            .param("consentToShare", "yes"))
        .andExpect(redirectedUrlPattern("/referrals/*"));

    mvc.perform(get("/referrals/mine").with(signedIn(worker)))
        .andExpect(content().string(containsString("Staffed flats, The Turrets recovery service")))
        .andExpect(content().string(containsString("Referral received")));
  }

  @Test
  void aFormWithMissingAnswersIsShownAgainWithEachMessageBesideItsField() throws Exception {
    mvc.perform(post("/referrals").with(signedIn(worker)).with(csrf()).param("personId", world.person().toString())
            .param("receivedOnDay", "31").param("receivedOnMonth", "2").param("receivedOnYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#receivedOn\"")))
        .andExpect(content().string(containsString("The date received must be a real date")))
        .andExpect(content().string(containsString("Choose at least one service, or ask the panel to decide")));
  }

  @Test
  void aTriageStepFromAnOutOfDatePageIsRefusedWithAClearMessage() throws Exception {
    UUID id = referrals.refer(worker, world.referral(true));
    mvc.perform(post("/referrals/" + id + "/accept").with(signedIn(worker)).with(csrf()).param("version", "0"))
        .andExpect(redirectedUrlPattern("/referrals/*"));

    mvc.perform(post("/referrals/" + id + "/signpost").with(signedIn(worker)).with(csrf()).param("version", "0")
            .param("signpostReason", "Housing options team"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else changed this referral")))
        .andExpect(content().string(containsString("Awaiting panel")));
  }

  @Test
  void aQuestionAskedOnThePageIsAnsweredByTheReferrerAndADeclineCanBeReopened() throws Exception {
    UUID id = referrals.refer(worker, world.referral(true));
    CurrentUser receiver = world.charityWorker();
    mvc.perform(post("/referrals/" + id + "/question").with(signedIn(receiver)).with(csrf()).param("version", "0")
        .param("question", "Which ward is Sam on?")).andExpect(status().is3xxRedirection());

    mvc.perform(get("/referrals/" + id).with(signedIn(worker)))
        .andExpect(content().string(containsString("Which ward is Sam on?")))
        .andExpect(content().string(containsString("Send answer")));
    mvc.perform(post("/referrals/" + id + "/answer").with(signedIn(worker)).with(csrf()).param("version", "1")
        .param("answer", "Eden ward")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/referrals/" + id + "/decline").with(signedIn(receiver)).with(csrf()).param("version", "2"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select the reason for declining")));
    mvc.perform(post("/referrals/" + id + "/signpost").with(signedIn(receiver)).with(csrf()).param("version", "2")
        .param("signpostReason", "Housing options")).andExpect(status().is3xxRedirection());

    mvc.perform(get("/referrals/" + id).with(signedIn(worker)))
        .andExpect(content().string(containsString("Eden ward")))
        .andExpect(content().string(containsString("Re-open referral")))
        .andExpect(content().string(not(containsString("Send answer"))));
  }

  @Test
  void aReferralWithoutConsentIsNotFoundForAnotherOrganisation() throws Exception {
    UUID id = referrals.refer(worker, world.referral(false));

    mvc.perform(get("/referrals/" + id).with(signedIn(world.councilWorker()))).andExpect(status().isNotFound());
    mvc.perform(get("/referrals/" + id).with(signedIn(world.charityWorker()))).andExpect(status().isOk());
  }

  @Test
  void onlyTheAdministratorManagesTheReasonsForDeclining() throws Exception {
    mvc.perform(get("/referrals/decline-reasons").with(signedIn(worker))).andExpect(status().isForbidden());
    mvc.perform(post("/referrals/decline-reasons").with(signedIn(world.admin())).with(csrf())
        .param("label", "Outside the alliance's area")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/referrals/decline-reasons").with(signedIn(world.admin())))
        .andExpect(content().string(containsString("Outside the alliance&#39;s area")))
        .andExpect(content().string(containsString("Duplicate referral")));
  }

  @Test
  void aPersonRefersThemselvesWithoutSigningInAndIsToldWhatHappensNext() throws Exception {
    mvc.perform(get("/refer-yourself")).andExpect(status().isOk())
        .andExpect(content().string(containsString(world.alliance().shortName())));
    mvc.perform(post("/refer-yourself").with(csrf()).param("alliance", world.alliance().id().toString())
            .param("givenName", "Samuel").param("familyName", "Okafor").param("dateOfBirthDay", "27")
            .param("dateOfBirthMonth", "3").param("dateOfBirthYear", "1980").param("contact", "07700 900123")
            .param("help", "I have been feeling low and would like someone to talk to").param("consent", "no"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What happens next")));

    mvc.perform(get("/referrals/mine").with(signedIn(world.admin())))
        .andExpect(header().doesNotExist("Location"));
    mvc.perform(get("/referrals?tab=received").with(signedIn(world.admin())))
        .andExpect(content().string(containsString("Sam Okafor")));
  }
}
