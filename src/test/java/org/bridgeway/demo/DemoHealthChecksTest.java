package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.health.DueCheck;
import org.bridgeway.health.DueStatus;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.health.HealthFigures;
import org.bridgeway.health.Share;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Both demo alliances have years of health checks; the workers have checks overdue and due soon. */
@BridgewayTest
class DemoHealthChecksTest {

  @Autowired AuthenticationManager authentication;
  @Autowired HealthFigures figures;
  @Autowired HealthChecks checks;
  @Autowired JdbcClient jdbc;

  CurrentUser signIn(String username) {
    return (CurrentUser) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
        DemoAccounts.PASSWORD)).getPrincipal();
  }

  @Test
  void bothAlliancesHaveChecksOverSeveralYearsMostOfThemComplete() {
    List<Long> perAlliance = jdbc.sql("""
        select count(*) from health_check c join alliance a on a.id = c.alliance_id
        where a.short_name in ('lambeth', 'leeds') group by a.id""").query(Long.class).list();
    assertThat(perAlliance).hasSize(2).allMatch(n -> n > 50);
    long years = jdbc.sql("select count(distinct extract(year from check_date)) from health_check")
        .query(Long.class).single();
    assertThat(years).isGreaterThanOrEqualTo(3);
    long declined = jdbc.sql("select count(*) from health_check_element where outcome <> 'RECORDED'")
        .query(Long.class).single();
    long recorded = jdbc.sql("select count(*) from health_check_element where outcome = 'RECORDED'")
        .query(Long.class).single();
    assertThat(declined).isPositive().isLessThan(recorded / 10);
  }

  @Test
  void theDemoWorkerHasChecksOverdueAndSomeOfTheirCaseloadComplete() {
    CurrentUser worker = signIn("lambeth-worker");
    List<DueCheck> due = figures.due(worker);

    assertThat(due).extracting(DueCheck::status).contains(DueStatus.OVERDUE);
    List<java.util.UUID> everyone = jdbc.sql("select distinct person_id from health_check where alliance_id = ?")
        .params(worker.alliance()).query(java.util.UUID.class).list();
    Share share = figures.share(worker, everyone, checks.today());
    assertThat(share.complete()).isPositive().isLessThan(share.people());
  }
}
