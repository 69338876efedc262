package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's rates and budgets, checked on the demo data the tests load. */
@BridgewayTest
class DemoMoneyTest {

  @Autowired Alliances alliances;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired AllianceBudgets budgets;

  @Test
  void everyServiceOnTheLadderHasARateTodayRisingYearByYear() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      LocalDate today = LocalDate.now(clock);
      long without = jdbc.sql("""
          select count(*) from service sv where sv.alliance_id = ?
            and sv.kind in ('INPATIENT_REHABILITATION', 'NURSING_CARE', 'RESIDENTIAL_CARE', 'COMMUNITY_RECOVERY',
                            'STAFFED_FLATS', 'SUPPORTED_LIVING', 'FLOATING_SUPPORT')
            and not exists (select 1 from service_rate r where r.alliance_id = sv.alliance_id and r.service_id = sv.id
                              and r.from_date <= ? and (r.to_date is null or r.to_date >= ?))
          """).params(alliance, today, today).query(Long.class).single();
      assertThat(without).as(name + ": ladder services with no rate today").isZero();
      long falling = jdbc.sql("""
          select count(*) from service_rate a join service_rate b on b.alliance_id = a.alliance_id
            and b.service_id = a.service_id and b.from_date = a.to_date + 1
          where a.alliance_id = ? and b.weekly_pence < a.weekly_pence
          """).param(alliance).query(Long.class).single();
      assertThat(falling).as(name + ": rates that fell from one year to the next").isZero();
    }
  }

  @Test
  void budgetsCoverSeveralYearsWithATargetOf23PercentFromTheSecond() {
    UUID lambeth = alliances.findByShortName("lambeth").orElseThrow();
    List<Integer> targets = jdbc.sql("select savings_target_bp from alliance_budget where alliance_id = ? order by start_year")
        .param(lambeth).query(Integer.class).list();
    assertThat(targets.size()).isGreaterThanOrEqualTo(3);
    assertThat(targets.get(0)).isZero();
    assertThat(targets.subList(1, targets.size())).containsOnly(2300);
    long funders = jdbc.sql("select count(*) from budget_funder where alliance_id = ?").param(lambeth)
        .query(Long.class).single();
    assertThat(funders).isEqualTo(2L * targets.size());
  }

  /**
   * The original budget is the cost of care of the first year the history covers whole, so that year saves
   * nothing (to within the rounding to £1,000); as people step down, the last full year costs at least a tenth
   * less than the original budget.
   */
  @Test
  void theSavingsGrowAsPeopleStepDown() {
    UUID lambeth = alliances.findByShortName("lambeth").orElseThrow();
    var manager = new TestAlliance(lambeth, "lambeth").as(Role.MANAGER);
    List<Integer> years = jdbc.sql("select start_year from alliance_budget where alliance_id = ? order by start_year")
        .param(lambeth).query(Integer.class).list();
    int lastFull = AllianceBudgets.yearOf(LocalDate.now(clock)) - 1;
    BudgetYear first = budgets.year(manager, years.get(0));
    BudgetYear last = budgets.year(manager, lastFull);
    assertThat(Math.abs(first.savingsPence())).as("first year's saving").isLessThanOrEqualTo(50_000L);
    assertThat(last.savingsPence()).as("last full year's saving").isPositive();
    assertThat(last.savingsPence() * 10).as("last full year's saving, at least a tenth of the original budget")
        .isGreaterThanOrEqualTo(last.originalPence());
  }
}
