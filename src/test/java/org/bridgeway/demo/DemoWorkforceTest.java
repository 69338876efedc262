package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's rotas, rota rights and recruitment panels, checked on the demo data the tests load. */
@BridgewayTest
class DemoWorkforceTest {

  @Autowired Alliances alliances;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void eachAllianceHasEightWeeksOfShiftsWithSomeGapsAndNoOneOnTwoOverlappingShifts() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long weeks = jdbc.sql("select count(distinct date_trunc('week', shift_date)) from shift where alliance_id = ?")
          .param(alliance).query(Long.class).single();
      assertThat(weeks).as(name + ": weeks of shifts").isEqualTo(8);
      long gaps = jdbc.sql("""
          select count(*) from shift h where h.alliance_id = ? and h.staff_needed > (select count(*)
            from shift_assignment a where a.alliance_id = h.alliance_id and a.shift_id = h.id and a.removed_at is null)
          """).param(alliance).query(Long.class).single();
      long shifts = jdbc.sql("select count(*) from shift where alliance_id = ?").param(alliance).query(Long.class)
          .single();
      assertThat(gaps).as(name + ": shifts with gaps").isPositive().isLessThan(shifts / 2);
      long clashes = jdbc.sql("""
          select count(*) from shift_assignment a join shift_assignment b on b.alliance_id = a.alliance_id
            and b.staff_id = a.staff_id and b.id <> a.id and b.starts_at < a.ends_at and a.starts_at < b.ends_at
          where a.alliance_id = ? and a.removed_at is null and b.removed_at is null""")
          .param(alliance).query(Long.class).single();
      assertThat(clashes).as(name + ": staff on two overlapping shifts").isZero();
    }
  }

  @Test
  void onePersonPerAllianceMayHelpWithTheRotaOfTheServiceTheyLiveIn() {
    LocalDate today = LocalDate.now(clock);
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long living = jdbc.sql("""
          select count(*) from rota_right r join stay s on s.alliance_id = r.alliance_id and s.person_id = r.person_id
            and s.service_id = r.service_id and s.start_date <= ? and (s.end_date is null or s.end_date > ?)
          where r.alliance_id = ? and r.revoked_at is null""").params(today, today, alliance).query(Long.class).single();
      assertThat(living).as(name + ": people with the rota right living at the service").isEqualTo(1);
    }
  }

  @Test
  void recruitmentPanelsRunOverSeveralYearsAndSomeHadPeopleWhoUseServicesInTheChair() {
    for (String name : List.of("lambeth", "leeds")) {
      UUID alliance = alliances.findByShortName(name).orElseThrow();
      long years = jdbc.sql("select count(distinct extract(year from interview_date)) from recruitment_panel"
          + " where alliance_id = ?").param(alliance).query(Long.class).single();
      assertThat(years).as(name + ": years with panels").isGreaterThanOrEqualTo(5);
      long chaired = jdbc.sql("select count(*) from recruitment_panel_member where alliance_id = ? and chair"
          + " and uses_services").param(alliance).query(Long.class).single();
      assertThat(chaired).as(name + ": panels chaired by people who use services").isPositive();
    }
  }
}
