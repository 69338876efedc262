package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@BridgewayTest
class DemoDataTest {

  @Autowired Alliances alliances;
  @Autowired People people;
  @Autowired WorkforceReport workforce;
  @Autowired AuthenticationManager authentication;
  @Autowired DemoLoader loader;
  @Autowired JdbcClient jdbc;
  @Value("${bridgeway.demo.people-per-alliance}") int peoplePerAlliance;

  @Test
  void bothAlliancesAndAllThirteenDemoAccountsExistAndCanSignIn() {
    assertThat(alliances.findByShortName("lambeth")).isPresent();
    assertThat(alliances.findByShortName("leeds")).isPresent();
    List<String> usernames = new ArrayList<>(List.of(DemoAccounts.INSTALLATION_ADMIN));
    for (String alliance : List.of("lambeth", "leeds")) {
      DemoAccounts.ALLIANCE_ACCOUNTS.forEach(account -> usernames.add(alliance + "-" + account));
    }
    assertThat(usernames).hasSize(13).allSatisfy(username -> assertThat(authentication
        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "bridgeway-demo"))
        .isAuthenticated()).as(username).isTrue());
  }

  @Test
  void eachAllianceHasTheConfiguredNumberOfPeopleWithValidDistinctNhsNumbers() {
    for (String alliance : List.of("lambeth", "leeds")) {
      UUID id = alliances.findByShortName(alliance).orElseThrow();
      List<String> numbers = jdbc.sql("select nhs_number from person where alliance_id = ?").param(id)
          .query(String.class).list();
      // The people of the pathway, and the people who use the day services only.
      long expected = peoplePerAlliance + DemoDayServices.dayServiceOnly(alliance.equals("leeds")
          ? new LeedsAlliance() : new LambethAlliance(), peoplePerAlliance);
      assertThat(people.count(id)).isEqualTo(expected);
      assertThat(numbers).hasSize((int) expected).doesNotHaveDuplicates()
          .allSatisfy(number -> assertThat(NhsNumber.valid(number)).as(number).isTrue());
    }
  }

  @Test
  void peopleLiveInTheirAlliancesAreaAndHaveLocalIds() {
    assertThat(column("lambeth", "postcode")).allSatisfy(p -> assertThat(p).matches("S[EW][0-9]+ [0-9][A-Z]{2}"));
    assertThat(column("leeds", "postcode")).allSatisfy(p -> assertThat(p).startsWith("LS"));
    assertThat(column("lambeth", "local_id")).allSatisfy(id -> assertThat(id).matches("LAMBETH-[0-9]{6}"));
    assertThat(column("leeds", "local_id")).allSatisfy(id -> assertThat(id).matches("LEEDS-[0-9]{6}"));
  }

  @Test
  void leedsHasFourteenDayServicesAndAWorkforceOf77WholeTimeEquivalents() {
    UUID leeds = alliances.findByShortName("leeds").orElseThrow();
    long dayServices = column("leeds", "kind", "service").stream().map(ServiceKind::valueOf)
        .filter(ServiceKind::dayService).count();
    Workforce staff = workforce.on(leeds, LocalDate.now(), null);

    assertThat(dayServices).isEqualTo(14);
    assertThat(column("leeds", "kind", "service")).contains("COMMUNITY_TEAM", "EMPLOYMENT_TEAM");
    assertThat(staff.headcount()).isEqualTo(110);
    assertThat(staff.wholeTimeEquivalents()).isEqualByComparingTo(new BigDecimal("77.0"));
    assertThat(staff.meanHours()).isBetween(new BigDecimal("26"), new BigDecimal("26.5"));
    assertThat(staff.livedExperience()).isPositive();
  }

  @Test
  void lambethHasTheWholePathwayFromWardToFloatingSupport() {
    List<String> kinds = column("lambeth", "kind", "service");
    assertThat(kinds).contains("INPATIENT_REHABILITATION", "NURSING_CARE", "RESIDENTIAL_CARE", "COMMUNITY_RECOVERY",
        "STAFFED_FLATS", "SUPPORTED_LIVING", "FLOATING_SUPPORT", "REHABILITATION_TEAM");
    UUID lambeth = alliances.findByShortName("lambeth").orElseThrow();
    assertThat(jdbc.sql("""
            select count(*) from service where alliance_id = ? and (out_of_area
              or (kind = 'STAFFED_FLATS' and capacity = ? and capacity_unit = 'FLATS')
              or (kind = 'SUPPORTED_LIVING' and women_only and capacity = ?))""")
        .params(lambeth, places(9), places(12)).query(Integer.class).single()).isEqualTo(4);
  }

  /** The places of a setting scale with the people: 9 flats for 800 people are 2 for 120 (9 × 0.15 = 1.35, and never below 2). */
  private int places(int forBlueprint) {
    return (int) Math.max(2, Math.round(forBlueprint * peoplePerAlliance / (double) AllianceSetup.BLUEPRINT_PEOPLE));
  }

  @Test
  void workersManagersAndPanelMembersAreStaffAndThePersonSeesTheirOwnFullRecord() {
    assertThat(jdbc.sql("""
            select count(*) from user_account u join staff s on s.alliance_id = u.alliance_id and s.id = u.staff_id
            where u.role in ('MANAGER', 'PRACTITIONER', 'PANEL_MEMBER') and u.username similar to '(lambeth|leeds)-%'""")
        .query(Integer.class).single()).isEqualTo(6);
    assertThat(jdbc.sql("""
            select p.preferred_name from user_account u
            join person p on p.alliance_id = u.alliance_id and p.id = u.person_id where u.username = 'lambeth-person'""")
        .query(String.class).single()).isEqualTo("Des");
    assertThat(jdbc.sql("""
            select count(*) from user_account u join support_contact c
              on c.alliance_id = u.alliance_id and c.person_id = u.person_id where u.username = 'lambeth-person'""")
        .query(Integer.class).single()).isEqualTo(3);
  }

  @Test
  void aSecondRunOfTheLoaderAddsNothing() {
    long before = jdbc.sql("select (select count(*) from person) + (select count(*) from user_account)")
        .query(Long.class).single();

    assertThat(loader.load()).isFalse();
    assertThat(jdbc.sql("select (select count(*) from person) + (select count(*) from user_account)")
        .query(Long.class).single()).isEqualTo(before);
  }

  private List<String> column(String alliance, String column) {
    return column(alliance, column, "person");
  }

  private List<String> column(String alliance, String column, String table) {
    UUID id = alliances.findByShortName(alliance).orElseThrow();
    return jdbc.sql("select " + column + " from " + table + " where alliance_id = ?").param(id)
        .query(String.class).list();
  }
}
