package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetDetails;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.Rates;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spend against budget in the financial year 1 April 2024 to 31 March 2025 (365 days), all of it past. Oak House
 * costs £700.00 a week (70,000p, so 10,000p a day). The budget is £10,000.00 (1,000,000p).
 *
 * <pre>
 * Ann  Oak 1 Apr 2024 – 11 Apr 2024     10 days in April              100,000p
 * Ben  Oak 20 May 2024 – 10 Jun 2024    12 days in May, 9 in June     120,000p and 90,000p
 * </pre>
 * Budget share to each month end = 1,000,000 × days so far / 365, rounded half-up:
 * April 30 days 82,191.78 → 82,192p; to May 61 days 167,123.29 → 167,123p, so May 84,931p; to June 91 days
 * 249,315.07 → 249,315p, so June 82,192p; to March 365 days 1,000,000p.
 */
@BridgewayTest
class SpendAgainstBudgetTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Rates rates;
  @Autowired AllianceBudgets budgets;
  @Autowired SpendAgainstBudget spend;

  Scene.Alliance alliance;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    manager = alliance.user(Role.MANAGER, null);
    UUID oak = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Oak House",
        ServiceKind.RESIDENTIAL_CARE, false, null, null, null, null, null, null, false, false, false, null, null,
        null, null));
    rates.setServiceRate(manager, oak, new NewRate(LocalDate.of(2024, 1, 1), null, 70_000, null));
    stays.record(alliance.admin, alliance.person(), new NewStay(oak, LocalDate.of(2024, 4, 1), null, null,
        LocalDate.of(2024, 4, 11), EndReason.MOVED_ON, null));
    stays.record(alliance.admin, alliance.person(), new NewStay(oak, LocalDate.of(2024, 5, 20), null, null,
        LocalDate.of(2024, 6, 10), EndReason.MOVED_ON, null));
    budgets.set(manager, 2024, new BudgetDetails(1_000_000, 2000));
  }

  @Test
  void monthlyCostAgainstTheBudgetsShareWorkedByHand() {
    SpendAgainstBudget.Spend year = spend.year(manager, 2024).orElseThrow();
    List<SpendAgainstBudget.Month> months = year.months();
    assertThat(months).hasSize(12).allSatisfy(m -> assertThat(m.actual()).isTrue());
    assertThat(months).extracting(SpendAgainstBudget.Month::costPence).startsWith(100_000L, 120_000L, 90_000L, 0L);
    assertThat(months).extracting(SpendAgainstBudget.Month::budgetPence).startsWith(82_192L, 84_931L, 82_192L);
    assertThat(months.get(2).cumulativeCostPence()).isEqualTo(310_000);
    assertThat(months.get(2).cumulativeBudgetPence()).isEqualTo(249_315);
    assertThat(months.get(11).cumulativeBudgetPence()).isEqualTo(1_000_000);
    assertThat(months.get(11).cumulativeCostPence()).isEqualTo(310_000);
    assertThat(months.stream().mapToLong(SpendAgainstBudget.Month::budgetPence).sum()).isEqualTo(1_000_000);
    assertThat(months.get(0).costText()).isEqualTo("£1,000.00");
    assertThat(months.get(1).budgetText()).isEqualTo("£849.31");
  }

  @Test
  void commissionersSeeTheSameTotalsAndAYearWithoutABudgetIsEmpty() {
    CurrentUser commissioner = alliance.user(Role.COMMISSIONER, null);
    assertThat(spend.year(commissioner, 2024).orElseThrow().months().get(1).cumulativeCostPence())
        .isEqualTo(220_000);
    assertThat(spend.year(commissioner, 2023)).isEmpty();
  }
}
