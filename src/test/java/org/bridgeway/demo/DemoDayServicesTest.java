package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.dayservices.DayServiceFigures;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's day services at the test size, through the same figures the pages show: the Leeds-like alliance
 * registers about two and a half people for each person of its pathway, most of them on no pathway at all; a
 * tenth or so use two or more services at once; some are regular attenders. The Lambeth-like alliance has far
 * fewer. At the default size (800) this is Leeds' about 2,000 registered, a couple of hundred using several
 * services and around 90 regular attenders.
 */
@BridgewayTest
class DemoDayServicesTest {

  private static final Logger log = LoggerFactory.getLogger(DemoDayServicesTest.class);

  @Value("${bridgeway.demo.people-per-alliance}") int peoplePerAlliance;
  @Autowired Alliances alliances;
  @Autowired DayServiceFigures figures;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void leedsRegistersAboutTwoAndAHalfPeopleForEachOnItsPathwayMostOfThemOnNoPathway() {
    UUID leeds = alliances.findByShortName("leeds").orElseThrow();
    LocalDate today = LocalDate.now(clock);
    Set<UUID> registered = figures.registered(leeds, today, null);
    Set<UUID> several = figures.usingSeveralServices(leeds, today.minusDays(55), today, null);
    Set<UUID> regular = figures.regularAttenders(leeds, today, null);
    log.info("Leeds day services at {} people: {} registered, {} using several services, {} regular attenders",
        peoplePerAlliance, registered.size(), several.size(), regular.size());

    assertThat(registered.size()).isGreaterThanOrEqualTo(2 * peoplePerAlliance)
        .isLessThanOrEqualTo(3 * peoplePerAlliance);
    assertThat(several.size()).isBetween(registered.size() / 20, registered.size() / 5);
    assertThat(regular).isNotEmpty();
    assertThat(regular.size()).isLessThan(registered.size() / 10);
    // Most of them are on no pathway: no stay, no referral, no care team.
    long onNoPathway = jdbc.sql("""
        select count(distinct r.person_id) from day_registration r
        where r.alliance_id = ? and not exists (select 1 from stay s where s.alliance_id = r.alliance_id
          and s.person_id = r.person_id) and not exists (select 1 from referral f
          where f.alliance_id = r.alliance_id and f.person_id = r.person_id)""").params(leeds)
        .query(Long.class).single();
    assertThat(onNoPathway).isGreaterThan(registered.size() / 2);
  }

  @Test
  void lambethHasAFewRegisteredForEachHundredOfItsPathway() {
    UUID lambeth = alliances.findByShortName("lambeth").orElseThrow();
    UUID leeds = alliances.findByShortName("leeds").orElseThrow();
    LocalDate today = LocalDate.now(clock);
    int registered = figures.registered(lambeth, today, null).size();

    assertThat(registered).isPositive().isLessThan(peoplePerAlliance)
        .isLessThan(figures.registered(leeds, today, null).size() / 3);
  }
}
