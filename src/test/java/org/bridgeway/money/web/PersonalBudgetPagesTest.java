package org.bridgeway.money.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.NewPersonalBudget;
import org.bridgeway.money.NewSpend;
import org.bridgeway.money.PersonalBudgets;
import org.bridgeway.money.SpendCategory;
import org.bridgeway.notes.NotesWorld;
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

/** The personal budget pages and API: changing a budget, voiding a spend, stale changes, and who sees what. */
@BridgewayTest
class PersonalBudgetPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired NotesWorld worlds;
  @Autowired PersonalBudgets budgets;

  MockMvc mvc;
  NotesWorld.World w;
  LocalDate today;
  UUID budget;
  UUID spend;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    w = worlds.create();
    today = budgets.today();
    budget = budgets.add(w.ourWorker(), w.sam(),
        new NewPersonalBudget(BudgetKind.PROVIDER_MANAGED, 200_000, today.minusDays(30), today.plusDays(30), null));
    spend = budgets.spend(w.ourWorker(), w.sam(), budget,
        new NewSpend(today.minusDays(2), SpendCategory.EQUIPMENT, 12_345, "Kettle and toaster"));
  }

  static RequestPostProcessor signedIn(CurrentUser user) {
    return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user.role().authority()))));
  }

  @Test
  void aWorkerChangesTheBudgetIsRefusedAStaleChangeAndVoidsASpend() throws Exception {
    mvc.perform(get("/people/" + w.sam() + "/budget/" + budget + "/edit").with(signedIn(w.ourWorker())))
        .andExpect(status().isOk()).andExpect(content().string(containsString("2000.00")));
    String form = "/people/" + w.sam() + "/budget/" + budget + "/edit";
    mvc.perform(post(form).with(signedIn(w.ourWorker())).with(csrf()).param("kind", "PROVIDER_MANAGED")
            .param("amount", "2,500").param("startDay", String.valueOf(today.minusDays(30).getDayOfMonth()))
            .param("startMonth", String.valueOf(today.minusDays(30).getMonthValue()))
            .param("startYear", String.valueOf(today.minusDays(30).getYear()))
            .param("endDay", String.valueOf(today.plusDays(30).getDayOfMonth()))
            .param("endMonth", String.valueOf(today.plusDays(30).getMonthValue()))
            .param("endYear", String.valueOf(today.plusDays(30).getYear())).param("version", "0"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(form).with(signedIn(w.colleague())).with(csrf()).param("kind", "DIRECT_PAYMENT")
            .param("amount", "1").param("startDay", "1").param("startMonth", "1").param("startYear", "2020")
            .param("endDay", "1").param("endMonth", "1").param("endYear", "2030").param("version", "0"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this")));
    assertThat(budgets.get(w.ourWorker(), w.sam(), budget).budget().amountPence()).isEqualTo(250_000);

    String voidPath = "/people/" + w.sam() + "/budget/" + budget + "/spends/" + spend + "/void";
    mvc.perform(get(voidPath).with(signedIn(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("£123.45")));
    mvc.perform(post(voidPath).with(signedIn(w.ourWorker())).with(csrf()).param("reason", "")
            .param("version", "0"))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Say why the spend is void")));
    mvc.perform(post(voidPath).with(signedIn(w.ourWorker())).with(csrf()).param("reason", "Bought twice")
            .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    // £2,500.00 less nothing now the only spend is void.
    mvc.perform(get("/people/" + w.sam() + "/budget").with(signedIn(w.ourWorker()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Void: Bought twice")))
        .andExpect(content().string(containsString("£2,500.00")));
  }

  @Test
  void theApiRefusesASpendOutsideThePeriodAndTheCommissionerANamedPackage() throws Exception {
    mvc.perform(post("/api/people/" + w.sam() + "/budgets/" + budget + "/spends").with(signedIn(w.ourWorker()))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"spentOn\":\"" + today.minusDays(31) + "\",\"category\":\"LEISURE\",\"amountPence\":500}"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is outside it")));
    mvc.perform(get("/api/people/" + w.sam() + "/budgets").with(signedIn(w.ourWorker())))
        .andExpect(status().isOk()).andExpect(content().string(containsString("\"balancePence\":187655")));
    CurrentUser commissioner = w.alliance().user(Role.COMMISSIONER, null);
    mvc.perform(get("/api/people/" + w.sam() + "/packages").with(signedIn(commissioner)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/people/" + w.sam() + "/money").with(signedIn(commissioner)))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePersonSeesTheirOwnBudgetOnlyAndCannotChangeIt() throws Exception {
    mvc.perform(get("/me/budget").with(signedIn(w.samHimself()))).andExpect(status().isOk())
        .andExpect(content().string(containsString("£1,876.55")))
        .andExpect(content().string(containsString("Kettle and toaster")))
        .andExpect(content().string(not(containsString("Void the spend"))));
    UUID bob = w.alliance().person();
    mvc.perform(get("/people/" + bob + "/budget").with(signedIn(w.samHimself())))
        .andExpect(status().is4xxClientError());
    mvc.perform(post("/people/" + w.sam() + "/budget/" + budget + "/spends").with(signedIn(w.samHimself()))
        .with(csrf()).param("category", "LEISURE").param("amount", "5")).andExpect(status().is4xxClientError());
    assertThat(budgets.get(w.ourWorker(), w.sam(), budget).spends()).hasSize(1);
  }
}
