package org.bridgeway.pathway.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.MovePlanRows;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The board and lengths pages on 10 May 2026. Juniper House has 2 beds, intended at most 20 days, and three
 * people since 10 April (one past capacity with a reason): occupied 3, vacant 0, 1 over capacity. Each has
 * covered 10 May − 10 April + 1 = 31 days, 11 over the maximum. One person is ready to move in since 5 May:
 * delayed, 5 days.
 */
@BridgewayTest
class BoardPagesTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired WebApplicationContext context;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired MovePlanRows plans;

  MockMvc mvc;
  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID juniper;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = scene.create();
    admin = lambeth.admin;
    juniper = services.add(admin, new ServiceDetails(lambeth.ours, "Juniper House", ServiceKind.RESIDENTIAL_CARE,
        false, 2, CapacityUnit.BEDS, null, null, 20, null, false, false, false, null, null, null, null));
    for (String reason : new String[] {null, null, "Agreed at the panel"}) {
      stays.record(admin, lambeth.person(), new NewStay(juniper, LocalDate.of(2026, 4, 10), null, reason));
    }
    plans.plan(lambeth.test.id(), lambeth.person(), null, juniper, null, LocalDate.of(2026, 5, 5));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void theBoardShowsOverCapacityAndTheDelayAndExplainsItsCounts() throws Exception {
    mvc.perform(get("/pathway/board").with(signedIn(admin)).param("dayDay", "10").param("dayMonth", "5")
            .param("dayYear", "2026").param("weeks", "4"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("How these are counted"), containsString("Juniper House"),
            containsString("1 over capacity"), containsString("5 days"), containsString("Whole alliance"),
            containsString("Yes, no place"), containsString("On 10 May 2026"), not(containsString("style=")))));
  }

  @Test
  void aLookAheadOutOfRangeIsShownBesideItsFieldWithTheDefaultBoard() throws Exception {
    mvc.perform(get("/pathway/board").with(signedIn(admin)).param("weeks", "60"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("There is a problem"),
            containsString("Enter a number of weeks from 1 to 52"), containsString("Juniper House"))));
  }

  @Test
  void aWorkerWhoMayNotOpenThePersonSeesACountInsteadOfTheName() throws Exception {
    CurrentUser worker = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.ours, "Dami"));
    mvc.perform(get("/pathway/board").with(signedIn(worker)).param("dayDay", "10").param("dayMonth", "5")
            .param("dayYear", "2026"))
        .andExpect(content().string(allOf(containsString("1 other person you cannot open is ready to move."),
            not(containsString("Sam Okafor")))));
    mvc.perform(get("/pathway/lengths-of-stay").with(signedIn(worker)).param("dayDay", "10").param("dayMonth", "5")
            .param("dayYear", "2026"))
        .andExpect(content().string(allOf(containsString("3 stays are longer than intended"),
            containsString("3 other people on this page you cannot open."), not(containsString("Sam Okafor")))));
  }

  @Test
  void theLengthsPageDrawsAnAccessibleChartBesideItsTable() throws Exception {
    mvc.perform(get("/pathway/lengths-of-stay").with(signedIn(admin)).param("dayDay", "10").param("dayMonth", "5")
            .param("dayYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<svg role=\"img\""),
            containsString("aria-labelledby=\"open-chart-title open-chart-desc\""),
            containsString("Median length so far of stays open on the day"), containsString("Sam Okafor"),
            containsString("3 stays are longer than intended"), containsString("0 of 3 (0.0%)"),
            not(containsString("style=")))));
  }

  @Test
  void theJsonAnswersTheSameFigures() throws Exception {
    mvc.perform(get("/api/pathway/board").with(signedIn(admin)).param("day", "2026-05-10")
            .param("organisationId", lambeth.ours.toString()).param("kind", "RESIDENTIAL_CARE"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.services", hasSize(1)))
        .andExpect(jsonPath("$.services[0].occupied").value(3))
        .andExpect(jsonPath("$.services[0].overCapacity").value(1))
        .andExpect(jsonPath("$.services[0].longestDelayDays").value(5))
        .andExpect(jsonPath("$.total.vacantNow").value(0));
    mvc.perform(get("/api/pathway/board").with(signedIn(admin)).param("weeks", "0"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("weeks"));
    mvc.perform(get("/api/pathway/lengths-of-stay").with(signedIn(admin)).param("day", "2026-05-10"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.overdue.total").value(3))
        .andExpect(jsonPath("$.overdue.items[0].daysOver").value(11))
        .andExpect(jsonPath("$.open[0].median").value(31));
  }
}
