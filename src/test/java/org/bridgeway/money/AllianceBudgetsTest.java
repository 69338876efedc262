package org.bridgeway.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class AllianceBudgetsTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Rates rates;
  @Autowired AllianceBudgets budgets;

  Scene.Alliance lambeth;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    manager = lambeth.user(Role.MANAGER, null);
    UUID home = service("Oak House", ServiceKind.RESIDENTIAL_CARE);
    UUID living = service("Elm supported living", ServiceKind.SUPPORTED_LIVING);
    rates.setServiceRate(manager, home, new NewRate(LocalDate.of(2025, 1, 1), null, 100000, null));
    rates.setServiceRate(manager, living, new NewRate(LocalDate.of(2025, 1, 1), null, 45000, null));
    UUID sam = lambeth.person();
    // Sam moves from Oak House (residential, level 3) to supported living (level 6) on 1 June 2025.
    stays.record(lambeth.admin, sam, new NewStay(home, LocalDate.of(2025, 3, 1), null, null, LocalDate.of(2025, 6, 1),
        EndReason.MOVED_ON, null));
    stays.record(lambeth.admin, sam, new NewStay(living, LocalDate.of(2025, 6, 1), null, null));
    budgets.set(manager, 2025, new BudgetDetails(3_000_000, 2300));
    budgets.setFunder(manager, 2025, new Funder("Adult social care", 2_000_000));
    budgets.setFunder(manager, 2025, new Funder("Health trust", 1_000_000));
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(lambeth.admin, new ServiceDetails(lambeth.ours, name, kind, false, 10, CapacityUnit.PLACES,
        null, null, null, null, false, false, false, null, null, null, null));
  }

  @Test
  void actualForecastAndSavingsWorkedByHand() {
    // As of 15 August 2025, April to July have ended.
    // April: 30 days at £1,000 = 3,000,000 / 7 = 428,571.43 -> 428,571p
    // May:   31 days at £1,000 = 3,100,000 / 7 -> 442,857p
    // June:  30 days at £450 (the stay in Oak House covers up to 31 May) = 1,350,000 / 7 -> 192,857p
    // July:  31 days at £450 = 1,395,000 / 7 = 199,285.71 -> 199,286p
    // Actual: 1,263,571p
    // Forecast at July's 199,286p over 31 days: 31-day months 199,286p (Aug, Oct, Dec, Jan, Mar: 996,430p),
    // 30-day months 199,286 x 30 / 31 = 192,857.4 -> 192,857p (Sep, Nov: 385,714p), February 2026 (28 days)
    // 199,286 x 28 / 31 = 180,000.3 -> 180,000p. Forecast: 1,562,144p
    // Savings: 3,000,000 - (1,263,571 + 1,562,144) = 174,285p = £1,742.85; share 174,285 / 3,000,000 = 5.8%
    BudgetYear year = budgets.year(manager, 2025, LocalDate.of(2025, 8, 15));

    assertThat(year.lastEnded()).isEqualTo(YearMonth.of(2025, 7));
    assertThat(year.months()).extracting(MonthCost::pence).startsWith(428_571L, 442_857L, 192_857L, 199_286L,
        199_286L, 192_857L);
    assertThat(year.actualPence()).isEqualTo(1_263_571);
    assertThat(year.forecastPence()).isEqualTo(1_562_144);
    assertThat(year.savingsPence()).isEqualTo(174_285);
    assertThat(Pounds.text(year.savingsPence())).isEqualTo("£1,742.85");
    assertThat(year.savingsShareText()).isEqualTo("5.8%");
    assertThat(year.targetText()).isEqualTo("23%");
    assertThat(year.targetMet()).isFalse();
    assertThat(year.fundedPence()).isEqualTo(3_000_000);

    // The move saves (£1,000 - £450) x 52 = £28,600.00 a year.
    assertThat(year.moves()).singleElement().satisfies(move -> {
      assertThat(move.fromService()).isEqualTo("Oak House");
      assertThat(move.toService()).isEqualTo("Elm supported living");
      assertThat(move.yearlyText()).isEqualTo("£28,600.00");
      assertThat(move.personName()).isNull(); // the manager has no relationship with Sam
    });
    assertThat(year.moves().get(0).personName()).isNull();
    assertThat(lambeth.admin.role()).isEqualTo(Role.ADMIN);
    assertThat(budgets.year(lambeth.admin, 2025, LocalDate.of(2025, 8, 15)).movesYearlyPence()).isEqualTo(2_860_000);
  }

  @Test
  void commissionersSeeTotalsButNoMovesAndSmallCountsAreSuppressed() {
    CurrentUser commissioner = lambeth.user(Role.COMMISSIONER, null);
    BudgetYear year = budgets.year(commissioner, 2025, LocalDate.of(2025, 8, 15));

    assertThat(year.savingsPence()).isEqualTo(174_285);
    assertThat(year.moves()).isEmpty();
    assertThat(year.moveCountText()).isEqualTo("fewer than 5");
    assertThat(year.movesYearlyText()).doesNotContain("28,600");
  }

  @Test
  void beforeAnyMonthEndsThereIsNoForecast() {
    BudgetYear year = budgets.year(manager, 2025, LocalDate.of(2025, 4, 20));
    assertThat(year.hasForecast()).isFalse();
    assertThat(year.actualPence()).isZero();
  }

  @Test
  void budgetsRefuseNegativeAmountsAndOthersCannotSetThem() {
    assertThatThrownBy(() -> budgets.set(manager, 2026, new BudgetDetails(-1, 2300))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> budgets.set(manager, 2026, new BudgetDetails(100, 12000))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> budgets.setFunder(manager, 2025, new Funder("Trust", -5))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> budgets.set(lambeth.user(Role.COMMISSIONER, null), 2026, new BudgetDetails(100, 0)))
        .isInstanceOf(AccessDenied.class);
    assertThat(budgets.years(manager)).containsExactly(2025);
  }
}
