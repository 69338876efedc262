package org.bridgeway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.BridgewayTest;
import org.bridgeway.careteam.Scene;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Table;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reports on one small alliance, every answer worked by hand below. The period is 1 April to 30 June 2025 and
 * the day its last, 30 June 2025. Oak House is residential care (8 beds, intended at most 730 days) run by "our"
 * organisation; Elm Lodge nursing care (4 beds) run by "theirs"; the scene's two recovery houses have 12 beds
 * each and no one in them.
 *
 * <pre>
 * Oak, open on 30 June: Gus from 1 Jan 2020 (past 730 days), and from 1 May 2025 Ada, Bea, Cy, Di and Ed
 *   Ada born 30 Jun 2007: 18 that very day      female, White British (A)
 *   Bea born  1 Jul 2007: 17, 18 the day after  female, White British (A)
 *   Cy  born  1 Jul 2000: 24                    gender and ethnicity not recorded
 *   Di  born 30 Jun 2000: 25 that very day      female, not stated (Z)
 *   Ed and Gus born 27 Mar 1980: 45             male, Black African (N)
 * Elm, open on 30 June from 1 May 2025: Fi, Hu and Jo, born 27 Mar 1980, male, Black African (N)
 * Oak, completed in the period: 1 Apr – 11 Apr (10 days), 1 Apr – 21 Apr (20), 1 Mar – 30 Apr (60)
 * </pre>
 */
@BridgewayTest
class ReportsTest {

  static final Period QUARTER = Period.quarter(2025, 2);
  static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired People people;
  @Autowired Reports reports;
  @Autowired AllianceFigures figures;

  Scene.Alliance alliance;
  CurrentUser commissioner;
  UUID oak;
  UUID elm;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    commissioner = alliance.user(Role.COMMISSIONER, null);
    oak = service("Oak House", ServiceKind.RESIDENTIAL_CARE, alliance.ours, 8, 730);
    elm = service("Elm Lodge", ServiceKind.NURSING_CARE, alliance.theirs, 4, null);
    stay(alliance.person(), oak, "2020-01-01", null);
    stay(person("Ada", "30", "6", "2007", "2", "A"), oak, "2025-05-01", null);
    stay(person("Bea", "1", "7", "2007", "2", "A"), oak, "2025-05-01", null);
    stay(person("Cy", "1", "7", "2000", null, null), oak, "2025-05-01", null);
    stay(person("Di", "30", "6", "2000", "2", "Z"), oak, "2025-05-01", null);
    stay(alliance.person(), oak, "2025-05-01", null);
    for (int i = 0; i < 3; i++) {
      stay(alliance.person(), elm, "2025-05-01", null);
    }
    stay(alliance.person(), oak, "2025-04-01", "2025-04-11");
    stay(alliance.person(), oak, "2025-04-01", "2025-04-21");
    stay(alliance.person(), oak, "2025-03-01", "2025-04-30");
  }

  @Test
  void theCaseloadCountsPeopleOnTheDayAndItsTotalIsTheDashboardsFigure() {
    // On 30 June: 6 at Oak and 3 at Elm = 9 people, as the dashboard's caseload for a period ending that day.
    Report r = reports.report(alliance.admin, ReportKind.CASELOAD, QUARTER);
    assertThat(r.covers()).isEqualTo("On 30 June 2025");
    assertThat(cell(r.table("by-kind"), "Residential care", 1)).isEqualTo("6");
    assertThat(cell(r.table("by-kind"), "Nursing care", 1)).isEqualTo("3");
    assertThat(cell(r.table("by-kind"), "Everyone on the caseload", 1)).isEqualTo("9");
    assertThat(cell(r.table("by-service"), "Oak House", 3)).isEqualTo("6");
    assertThat(cell(r.table("by-organisation"), "South London Trust", 1)).isEqualTo("3");
    Figure caseload = figure(alliance.admin, new Period(DAY, DAY), FigureId.CASELOAD);
    assertThat(caseload.value()).isEqualByComparingTo("9");
    Figure dashboard = figure(alliance.admin, QUARTER, FigureId.CASELOAD);
    assertThat(cell(r.table("by-kind"), "Everyone on the caseload", 1)).isEqualTo(dashboard.valueText());
  }

  @Test
  void aCommissionerSeesACountOf3AsFewerThan5AndTheComplementaryCountHiddenToo() {
    // Nursing care 3 is from 1 to 4: "fewer than 5". With the total of 9 shown, Residential care 6 would tell it
    // (9 − 6 = 3), so 6, the smallest other count above 0, is hidden as well. Zero counts stay shown.
    Report r = reports.report(commissioner, ReportKind.CASELOAD, QUARTER);
    assertThat(r.suppressed()).isTrue();
    Table byKind = r.table("by-kind");
    assertThat(cell(byKind, "Nursing care", 1)).isEqualTo("fewer than 5");
    assertThat(cell(byKind, "Residential care", 1)).isEqualTo("not shown: small numbers");
    assertThat(cell(byKind, "Everyone on the caseload", 1)).isEqualTo("9");
    assertThat(cell(byKind, "Supported living", 1)).isEqualTo("0");
    Table byOrganisation = r.table("by-organisation");
    assertThat(cell(byOrganisation, "South London Trust", 1)).isEqualTo("fewer than 5");
    assertThat(cell(byOrganisation, "Thames Reach", 1)).isEqualTo("not shown: small numbers");
    // The administrator sees every count.
    assertThat(cell(reports.report(alliance.admin, ReportKind.CASELOAD, QUARTER).table("by-kind"), "Nursing care",
        1)).isEqualTo("3");
  }

  @Test
  void occupancyIsStaysInUseOverPlaces() {
    // Oak 6 of 8 = 75.0%; Elm 3 of 4 = 75.0%; each recovery house 0 of 12 = 0.0%. All: 9 of 36 = 25.0%.
    Table t = reports.report(alliance.admin, ReportKind.OCCUPANCY, QUARTER).table("places");
    assertThat(row(t, "Oak House")).containsExactly("Oak House", "Residential care", "8", "6", "75.0%");
    assertThat(row(t, "Elm Lodge")).containsExactly("Elm Lodge", "Nursing care", "4", "3", "75.0%");
    assertThat(row(t, "All services with places")).containsExactly("All services with places", "", "36", "9",
        "25.0%");
    // A commissioner: Elm's 3 is fewer than 5 and its share, which would tell it, is not shown; Oak's 6 is hidden
    // as the complement; the total 9 is shown.
    Table c = reports.report(commissioner, ReportKind.OCCUPANCY, QUARTER).table("places");
    assertThat(row(c, "Elm Lodge")).containsExactly("Elm Lodge", "Nursing care", "4", "fewer than 5",
        "not shown: small numbers");
    assertThat(cell(c, "Oak House", 3)).isEqualTo("not shown: small numbers");
    assertThat(cell(c, "All services with places", 3)).isEqualTo("9");
  }

  @Test
  void lengthOfStayTakesTheMedianMeanAndLongestOfTheStaysCompleted() {
    // Completed at residential care: 10, 20 and 60 days. Median at rank ⌈3/2⌉ = 2: 20; mean 90 / 3 = 30.0;
    // longest 60. Past their intended length on 30 June: Gus alone (since 2020, over 730 days) = 1, as the
    // dashboard's figure.
    Report r = reports.report(alliance.admin, ReportKind.LENGTH_OF_STAY, QUARTER);
    assertThat(row(r.table("completed"), "Residential care")).containsExactly("Residential care", "3", "20",
        "30.0", "60");
    assertThat(cell(r.table("past-intended"), "Residential care", 1)).isEqualTo("1");
    Figure over = figure(alliance.admin, QUARTER, FigureId.LENGTH_OF_STAY_OVER);
    assertThat(over.value()).isEqualByComparingTo("1");
    assertThat(cell(r.table("past-intended"), "All services", 1)).isEqualTo(over.valueText());
    // For a commissioner, 3 stays are too few: the count is "fewer than 5", the lengths are not shown.
    assertThat(row(reports.report(commissioner, ReportKind.LENGTH_OF_STAY, QUARTER).table("completed"),
        "Residential care")).containsExactly("Residential care", "fewer than 5", "not shown: small numbers",
        "not shown: small numbers", "not shown: small numbers");
  }

  @Test
  void equalityCountsAgeInWholeYearsOnTheDayWithTheBirthdayItself() {
    // Ada turns 18 on 30 June: 18 to 24. Bea turns 18 the day after: under 18. Cy is 24: 18 to 24. Di turns 25
    // on the day: 25 to 34. The other five were born in 1980: 45, so 45 to 54. Shares of 9: 1 = 11.1%,
    // 2 = 22.2%, 5 = 55.6%.
    Report r = reports.report(alliance.admin, ReportKind.EQUALITY, QUARTER);
    Table age = r.table("age");
    assertThat(row(age, "Under 18")).containsExactly("Under 18", "1", "11.1%");
    assertThat(row(age, "18 to 24")).containsExactly("18 to 24", "2", "22.2%");
    assertThat(row(age, "25 to 34")).containsExactly("25 to 34", "1", "11.1%");
    assertThat(row(age, "45 to 54")).containsExactly("45 to 54", "5", "55.6%");
    assertThat(row(age, "Everyone on the caseload")).containsExactly("Everyone on the caseload", "9", "100.0%");
    // Gender: male 5, female 3 (Ada, Bea, Di), not recorded 1 (Cy).
    assertThat(cell(r.table("gender"), "Male", 1)).isEqualTo("5");
    assertThat(cell(r.table("gender"), "Female", 1)).isEqualTo("3");
    assertThat(cell(r.table("gender"), "Not recorded", 1)).isEqualTo("1");
    // Ethnic group by the NHS codes: A White British 2, N Black African 5, Z not stated 1, blank 1.
    Table ethnicity = r.table("ethnicity");
    assertThat(cell(ethnicity, "White: British", 1)).isEqualTo("2");
    assertThat(cell(ethnicity, "Black or Black British: African", 1)).isEqualTo("5");
    assertThat(cell(ethnicity, "Not stated", 1)).isEqualTo("1");
    assertThat(cell(ethnicity, "Not recorded", 1)).isEqualTo("1");
    assertThat(cell(ethnicity, "Asian or Asian British: Indian", 1)).isEqualTo("0");
  }

  @Test
  void ageBandsIncludeTheirFirstAndLastBirthdays() {
    assertThat(EqualityReport.ageBand(LocalDate.of(2007, 6, 30), DAY).label()).isEqualTo("18 to 24");
    assertThat(EqualityReport.ageBand(LocalDate.of(2007, 7, 1), DAY).label()).isEqualTo("Under 18");
    assertThat(EqualityReport.ageBand(LocalDate.of(1960, 6, 30), DAY).label()).isEqualTo("65 and over");
    assertThat(EqualityReport.ageBand(LocalDate.of(1960, 7, 1), DAY).label()).isEqualTo("55 to 64");
  }

  @Test
  void onlyAdministratorsManagersAndCommissionersSeeReportsAndNeverAnotherAlliances() {
    assertThatThrownBy(() -> reports.report(alliance.user(Role.PRACTITIONER, null), ReportKind.CASELOAD, QUARTER))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> reports.report(alliance.user(Role.PANEL_MEMBER, null), ReportKind.EQUALITY, QUARTER))
        .isInstanceOf(AccessDenied.class);
    Scene.Alliance other = scene.create();
    UUID far = services.add(other.admin, new ServiceDetails(other.ours, "Far Away House",
        ServiceKind.RESIDENTIAL_CARE, false, 5, CapacityUnit.BEDS, null, null, null, null, false, false, false,
        null, null, null, null));
    for (int i = 0; i < 5; i++) {
      stays.record(other.admin, other.person(), new NewStay(far, LocalDate.of(2025, 5, 1), null, null, null, null,
          null));
    }
    Report ours = reports.report(alliance.admin, ReportKind.CASELOAD, QUARTER);
    assertThat(ours.table("by-service").rows()).noneMatch(row -> row.get(0).text().equals("Far Away House"));
    assertThat(cell(ours.table("by-kind"), "Residential care", 1)).isEqualTo("6");
    assertThat(cell(ours.table("by-kind"), "Everyone on the caseload", 1)).isEqualTo("9");
    assertThat(reports.report(alliance.admin, ReportKind.OCCUPANCY, QUARTER).table("places").rows())
        .noneMatch(row -> row.get(0).text().equals("Far Away House"));
  }

  @Test
  void smallCountsHideTheComplementOnlyWhenOneCountAloneIsSmall() {
    assertThat(SmallCounts.hidden(List.of(6L, 3L, 0L))).containsExactly(0, 1);
    assertThat(SmallCounts.hidden(List.of(9L, 3L, 7L, 2L))).containsExactly(1, 3);
    assertThat(SmallCounts.hidden(List.of(9L, 0L, 7L))).isEmpty();
    assertThat(SmallCounts.hidden(List.of(0L, 4L, 0L))).containsExactly(1);
  }

  // Helpers

  Figure figure(CurrentUser user, Period period, FigureId id) {
    return figures.compute(user, period, period.yearEarlier(), Filters.none()).stream()
        .filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  static List<String> row(Table table, String first) {
    return table.rows().stream().filter(r -> r.get(0).text().equals(first)).findFirst()
        .orElseThrow(() -> new AssertionError("No row " + first + " in " + table.title()))
        .stream().map(Table.Cell::text).toList();
  }

  static String cell(Table table, String first, int column) {
    return row(table, first).get(column);
  }

  UUID person(String name, String day, String month, String year, @Nullable String gender,
      @Nullable String ethnicity) {
    return people.add(alliance.admin, new PersonDetails(name, "Tester", null, day, month, year, null, gender,
        ethnicity, null, null, null, null, false, null, null, null, null, null, null, null, null, null, null));
  }

  UUID service(String name, ServiceKind kind, UUID organisation, int beds, @Nullable Integer intendedMaxDays) {
    return services.add(alliance.admin, new ServiceDetails(organisation, name, kind, false, beds, CapacityUnit.BEDS,
        null, null, intendedMaxDays, null, false, false, false, null, null, null, null));
  }

  void stay(UUID person, UUID service, String from, @Nullable String to) {
    stays.record(alliance.admin, person, new NewStay(service, LocalDate.parse(from), null, null,
        to == null ? null : LocalDate.parse(to), to == null ? null : EndReason.MOVED_ON, null));
  }
}
