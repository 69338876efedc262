package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pathway figures on one small alliance, every answer worked by hand below. The period is the quarter from
 * 1 April to 30 June 2025; its baseline is 1 April to 30 June 2024 (91 days each). Oak House is residential care
 * (intended at most 730 days) and Elm Lodge nursing care run by the other partner; the rehabilitation ward is
 * intended at most 60 days. Levels: ward 1, nursing 2, residential 3, flats 5, supported living 6, floating
 * support 7.
 *
 * <pre>
 * Ann  Oak 10 Jan 2025 – 10 May 2025 (moved on)  then flats from 10 May      starts before, ends inside the period
 * Ben  Oak 1 Feb 2025 – 20 Apr 2025 (moved on)   then Elm from 21 Apr, open a move between care homes, a day apart
 * Cat  Elm 5 Apr 2025 – 1 Jun 2025 (died)
 * Dan  ward 15 Apr 2025 – 10 Jun 2025            then supported living AND floating support from 12 Jun
 * Eve  ward from 20 Jun 2025, open
 * Fay  ward 1 May 2024 – 10 May 2024 (other); ward 20 May 2024 – 1 Jun 2024 (returned home)   baseline only
 * Gus  Oak from 1 Jan 2020, open
 * Hal  Oak 1 Mar 2025 – 1 May 2025 (stepped up)  then ward from 1 May, open
 * Ivy  Elm 1 Dec 2024 – 15 Jun 2025 (returned home), nothing after
 * Jo   Oak from 30 Jun 2025, open                starts on the period's last day
 * Kit  ward 1 Oct 2024 – 2 Apr 2025 (moved on)   then flats from 20 Apr: 18 days later
 * </pre>
 *
 * The alliance is built by {@link PathwayExample}.
 */
@BridgewayTest
class PathwayFiguresTest {

  static final Period QUARTER = Period.quarter(2025, 2);
  static final Period BASELINE = QUARTER.yearEarlier();

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired AllianceFigures figures;

  Scene.Alliance alliance;

  @BeforeEach
  void setUp() {
    PathwayExample example = new PathwayExample(scene.create(), services, stays);
    alliance = example.alliance;
  }

  @Test
  void residentialPlacementsCountPeopleInCareOnTheLastDay() {
    // On 30 June 2025: Ben (Elm), Gus (Oak), Jo (Oak, from that very day) = 3. Ann, Hal and Ivy have left, Cat
    // died. On 30 June 2024 only Gus = 1. Change (3 − 1) / 1 = +200.0%, up, which is worse.
    Figure f = figure(FigureId.RESIDENTIAL_PLACEMENTS, Filters.none());
    assertThat(f.value()).isEqualByComparingTo("3");
    assertThat(f.baselineValue()).isEqualByComparingTo("1");
    assertThat(f.change()).isEqualByComparingTo("200.0");
    assertThat(f.changeText()).isEqualTo("+200.0%");
    assertThat(f.statusText()).isEqualTo("Up: worse");
    assertThat(f.target()).isEqualTo("50% fewer than the baseline");
  }

  @Test
  void rehabAdmissionsAreWardStaysStartingInThePeriod() {
    // Dan 15 Apr, Hal 1 May, Eve 20 Jun = 3 (Kit's began in 2024). Baseline: Fay twice, 1 and 20 May 2024 = 2.
    Figure f = figure(FigureId.REHAB_ADMISSIONS, Filters.none());
    assertThat(f.value()).isEqualByComparingTo("3");
    assertThat(f.baselineValue()).isEqualByComparingTo("2");
    assertThat(f.changeText()).isEqualTo("+50.0%");
  }

  @Test
  void aMoveBetweenCareHomesIsNoEntrance() {
    // Starting in the period: Cat at Elm on 5 Apr (nothing before) and Jo at Oak on 30 Jun = 2. Ben's Elm stay
    // starts 21 Apr: Oak covered up to 19 Apr, the day before the day before, so it is no entrance. Baseline 0:
    // "no baseline".
    Figure f = figure(FigureId.RESIDENTIAL_ENTRANCES, Filters.none());
    assertThat(f.value()).isEqualByComparingTo("2");
    assertThat(f.baselineValue()).isEqualByComparingTo("0");
    assertThat(f.change()).isNull();
    assertThat(f.changeText()).isEqualTo("no baseline");
  }

  @Test
  void aDeathOrAMoveToAnotherCareHomeIsNoDischarge() {
    // Ending in the period: Ann 10 May (to the flats) yes; Ben 20 Apr no, Elm covers 21 Apr; Cat died, no;
    // Hal 1 May (stepped up to the ward) yes; Ivy 15 Jun (returned home) yes = 3. Ann's stay began before the
    // period and counts, as it ends inside it.
    assertThat(figure(FigureId.RESIDENTIAL_DISCHARGES, Filters.none()).value()).isEqualByComparingTo("3");
  }

  @Test
  void peopleMovedOnLeaveForALessRestrictiveSettingWithinAWeek() {
    // Ann: Oak (3) to flats (5) the same day, yes. Ben: Oak (3) to Elm (2), no. Cat died. Dan: ward (1) to
    // supported living (6) and floating support (7) two days later, yes, once. Hal: Oak (3) to the ward (1), no.
    // Ivy: returned home, yes. Kit: flats 18 days after the ward, past 7 days, no. = 3.
    // Baseline: Fay's ward stay ending 1 Jun 2024 as "returned home" = 1; her first ended "other" with nothing
    // within 7 days.
    Figure f = figure(FigureId.MOVED_ON, Filters.none());
    assertThat(f.value()).isEqualByComparingTo("3");
    assertThat(f.baselineValue()).isEqualByComparingTo("1");
  }

  @Test
  void staysPastTheirIntendedLengthAreCountedOnTheLastDay() {
    // 30 June 2025: Gus at Oak since 2020, far past 730 days, yes; Hal on the ward from 1 May: 30 Jun − 1 May + 1
    // = 61 days > 60, yes; Eve 11 days, Jo 1 day, no; Elm and the flats have no intended length = 2.
    // 30 June 2024: Gus = 1.
    Figure f = figure(FigureId.LENGTH_OF_STAY_OVER, Filters.none());
    assertThat(f.value()).isEqualByComparingTo("2");
    assertThat(f.baselineValue()).isEqualByComparingTo("1");
  }

  @Test
  void aPersonOnTwoServicesAtOnceIsOnTheCaseloadOnce() {
    // Covering 30 June 2025: Ann (flats), Ben (Elm), Dan (supported living and floating support: once), Eve and
    // Hal (ward), Gus and Jo (Oak), Kit (flats) = 8.
    assertThat(figure(FigureId.CASELOAD, Filters.none()).value()).isEqualByComparingTo("8");
  }

  @Test
  void filtersNarrowToTheServicesOfOnePartner() {
    // The other partner runs Elm Lodge and the ward. Placements on 30 Jun: Ben = 1. Entrances: Cat = 1 (Jo's is
    // at Oak). Discharges: Ivy = 1. Moved on: Dan from the ward, Ivy from Elm = 2 (Ann left Oak). Admissions 3.
    Filters theirs = new Filters(alliance.theirs, null, null, null);
    assertThat(figure(FigureId.RESIDENTIAL_PLACEMENTS, theirs).value()).isEqualByComparingTo("1");
    assertThat(figure(FigureId.RESIDENTIAL_ENTRANCES, theirs).value()).isEqualByComparingTo("1");
    assertThat(figure(FigureId.RESIDENTIAL_DISCHARGES, theirs).value()).isEqualByComparingTo("1");
    assertThat(figure(FigureId.MOVED_ON, theirs).value()).isEqualByComparingTo("2");
    assertThat(figure(FigureId.REHAB_ADMISSIONS, theirs).value()).isEqualByComparingTo("3");
    // Narrowed to nursing care: Ben alone on 30 Jun.
    assertThat(figure(FigureId.RESIDENTIAL_PLACEMENTS, new Filters(null, null, ServiceKind.NURSING_CARE, null))
        .value()).isEqualByComparingTo("1");
  }

  @Test
  void commissionersSeeCountsFromOneToFourAsFewerThanFive() {
    // Placements 3 against 1: both hidden, and so are the change and the status. Entrances 2 against 0: the 0 is
    // shown, the 2 is not.
    List<Figure> all = figures.compute(alliance.test.as(Role.COMMISSIONER), QUARTER, BASELINE, Filters.none());
    Figure placements = find(all, FigureId.RESIDENTIAL_PLACEMENTS);
    assertThat(placements.valueText()).isEqualTo("fewer than 5");
    assertThat(placements.baselineText()).isEqualTo("fewer than 5");
    assertThat(placements.value()).isNull();
    assertThat(placements.change()).isNull();
    assertThat(placements.status()).isEqualTo(Status.NOT_COMPARED);
    assertThat(placements.suppressed()).isTrue();
    Figure entrances = find(all, FigureId.RESIDENTIAL_ENTRANCES);
    assertThat(entrances.valueText()).isEqualTo("fewer than 5");
    assertThat(entrances.baselineValue()).isEqualByComparingTo("0");
    // The caseload of 8 is shown.
    assertThat(find(all, FigureId.CASELOAD).value()).isEqualByComparingTo("8");
  }

  Figure figure(FigureId id, Filters filters) {
    return find(figures.compute(alliance.admin, QUARTER, BASELINE, filters), id);
  }

  static Figure find(List<Figure> all, FigureId id) {
    return all.stream().filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  static BigDecimal n(String value) {
    return new BigDecimal(value);
  }
}
