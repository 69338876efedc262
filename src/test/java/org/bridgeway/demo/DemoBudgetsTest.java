package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's individual package rates and personal budgets, checked on the demo data the tests load. */
@BridgewayTest
class DemoBudgetsTest {

  @Autowired Alliances alliances;
  @Autowired JdbcClient jdbc;

  @Test
  void bothAlliancesHavePersonalBudgetsWithSpendsInsideTheirPeriods() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long budgets = jdbc.sql("select count(*) from personal_budget where alliance_id = ?").param(alliance)
          .query(Long.class).single();
      long spends = jdbc.sql("select count(*) from budget_spend where alliance_id = ?").param(alliance)
          .query(Long.class).single();
      assertThat(budgets).as(name + ": personal budgets").isPositive();
      assertThat(spends).as(name + ": spends").isGreaterThan(budgets);
      long outside = jdbc.sql("""
          select count(*) from budget_spend s join personal_budget b on b.alliance_id = s.alliance_id
            and b.id = s.budget_id
          where s.alliance_id = ? and (s.spent_on < b.start_date or s.spent_on > b.end_date
            or s.person_id <> b.person_id)
          """).param(alliance).query(Long.class).single();
      assertThat(outside).as(name + ": spends outside their budget").isZero();
      long kinds = jdbc.sql("select count(distinct kind) from personal_budget where alliance_id = ?").param(alliance)
          .query(Long.class).single();
      assertThat(kinds).as(name + ": ways budgets are held").isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void someResidentialStaysHaveAnIndividualPackageRateWithinTheStay() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long packages = jdbc.sql("select count(*) from package_rate where alliance_id = ?").param(alliance)
          .query(Long.class).single();
      assertThat(packages).as(name + ": package rates").isPositive();
      long outside = jdbc.sql("""
          select count(*) from package_rate p join stay s on s.alliance_id = p.alliance_id and s.id = p.stay_id
          where p.alliance_id = ? and (p.from_date < s.start_date or (s.end_date is not null
            and (p.to_date is null or p.to_date >= s.end_date)))
          """).param(alliance).query(Long.class).single();
      assertThat(outside).as(name + ": packages outside their stay").isZero();
    }
  }
}
