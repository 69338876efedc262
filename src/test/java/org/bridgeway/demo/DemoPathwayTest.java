package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgeway.BridgewayTest;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.Services;
import org.bridgeway.demo.DemoPathway.History;
import org.bridgeway.demo.DemoPathway.Resident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's pathway history, checked on the demo data the tests load (120 people per alliance). */
@BridgewayTest
class DemoPathwayTest {

  @Autowired Alliances alliances;
  @Autowired Services services;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired DemoSettings settings;
  @Value("${bridgeway.demo.people-per-alliance}") int peoplePerAlliance;

  UUID lambeth() {
    return alliances.findByShortName("lambeth").orElseThrow();
  }

  long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  @Test
  void theHistoryReachesBackAboutSixYearsAndSomeStaysSpanFiveYearsOrMore() {
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = jdbc.sql("select min(start_date) from stay where alliance_id = ?").param(lambeth())
        .query(LocalDate.class).single();

    assertThat(earliest).isBefore(today.minusYears(6));
    assertThat(count("""
        select count(*) from stay where alliance_id = ? and coalesce(end_date, ?) - start_date >= 5 * 365""",
        lambeth(), today)).isPositive();
    assertThat(count("""
        select count(*) from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
        where st.alliance_id = ? and sv.kind in ('RESIDENTIAL_CARE', 'NURSING_CARE')
          and coalesce(st.end_date, ?) - st.start_date >= 5 * 365""", lambeth(), today)).isPositive();
    assertThat(count("select count(distinct person_id) from stay where alliance_id = ?", lambeth()))
        .as("a good share of the people have a pathway").isGreaterThan(peoplePerAlliance / 3);
  }

  @Test
  void noPersonIsEverInTwoExclusiveSettingsOnTheSameDay() {
    // Two stays of one person overlap when the later-starting one starts on a day the other covers. Ladder
    // settings exclude each other, but floating support may sit beside supported living or the person's own
    // home; a hospital admission sits beside anything on the ladder but not beside another admission.
    long clashes = count("""
        select count(*) from stay a
        join service ka on ka.alliance_id = a.alliance_id and ka.id = a.service_id
        join stay b on b.alliance_id = a.alliance_id and b.person_id = a.person_id and b.id <> a.id
        join service kb on kb.alliance_id = b.alliance_id and kb.id = b.service_id
        join alliance al on al.id = a.alliance_id and al.short_name in ('lambeth', 'leeds')
        where a.recorded_by = 'demo' and b.recorded_by = 'demo'
          and b.start_date >= a.start_date and (a.end_date is null or a.end_date > b.start_date)
          and (a.start_date, a.id) <> (b.start_date, b.id)
          and (
            (ka.kind in ('ACUTE_WARD', 'CRISIS_ALTERNATIVE') and kb.kind in ('ACUTE_WARD', 'CRISIS_ALTERNATIVE'))
            or (ka.kind in %1$s and kb.kind in %1$s
                and not (ka.kind = 'FLOATING_SUPPORT' and kb.kind in ('SUPPORTED_LIVING', 'OWN_HOME'))
                and not (kb.kind = 'FLOATING_SUPPORT' and ka.kind in ('SUPPORTED_LIVING', 'OWN_HOME'))))"""
        .formatted("('INPATIENT_REHABILITATION', 'NURSING_CARE', 'RESIDENTIAL_CARE', 'COMMUNITY_RECOVERY', "
            + "'STAFFED_FLATS', 'SUPPORTED_LIVING', 'FLOATING_SUPPORT', 'OWN_HOME')"));
    long admissionsBesideAHome = count("""
        select count(*) from stay a
        join service ka on ka.alliance_id = a.alliance_id and ka.id = a.service_id and ka.kind = 'ACUTE_WARD'
        join stay b on b.alliance_id = a.alliance_id and b.person_id = a.person_id
        join service kb on kb.alliance_id = b.alliance_id and kb.id = b.service_id
          and kb.kind not in ('ACUTE_WARD', 'CRISIS_ALTERNATIVE')
        where a.alliance_id = ? and b.start_date <= a.start_date and (b.end_date is null or b.end_date > a.start_date)
        """, lambeth());

    assertThat(clashes).isZero();
    assertThat(admissionsBesideAHome).as("admissions to an acute ward while keeping a place").isPositive();
  }

  @Test
  void noServiceIsEverFilledPastItsCapacity() {
    // Occupancy only rises on a day some stay starts, so those days are enough to check.
    List<String> overfull = jdbc.sql("""
        select sv.name || ' on ' || d.start_date || ': ' || count(*) || ' of ' || sv.capacity
        from stay d
        join service sv on sv.alliance_id = d.alliance_id and sv.id = d.service_id
        join alliance al on al.id = d.alliance_id and al.short_name in ('lambeth', 'leeds')
        join stay o on o.alliance_id = d.alliance_id and o.service_id = d.service_id
          and o.start_date <= d.start_date and (o.end_date is null or o.end_date > d.start_date)
        where sv.capacity is not null and d.recorded_by = 'demo' and o.recorded_by = 'demo'
        group by sv.name, sv.capacity, d.id, d.start_date
        having count(*) > sv.capacity""").query(String.class).list();
    long fullToday = count("""
        select count(*) from service sv where sv.alliance_id = ? and sv.capacity is not null
          and sv.kind not in ('REHABILITATION_TEAM', 'ACUTE_WARD', 'CRISIS_ALTERNATIVE')
          and (select count(*) from stay o where o.alliance_id = sv.alliance_id and o.service_id = sv.id
                 and o.start_date <= ? and (o.end_date is null or o.end_date > ?)) >= sv.capacity - 1""",
        lambeth(), LocalDate.now(clock), LocalDate.now(clock));

    assertThat(overfull).isEmpty();
    assertThat(fullToday).as("settings full or with one place free today").isGreaterThanOrEqualTo(3);
  }

  @Test
  void somePeopleStepUpAndLaterStepDownAgainAndStaysEndWithReasonsAndDestinations() {
    long stepUpThenDown = count("""
        select count(distinct up.person_id) from stay up
        join stay later on later.alliance_id = up.alliance_id and later.person_id = up.person_id
          and later.start_date >= up.end_date and later.end_reason = 'MOVED_ON'
        join service sv on sv.alliance_id = up.alliance_id and sv.id = up.service_id
        where up.alliance_id = ? and up.end_reason = 'STEPPED_UP' and sv.kind not in ('ACUTE_WARD')""", lambeth());
    List<String> reasons = jdbc.sql("select distinct end_reason from stay where alliance_id = ? and end_reason is not null")
        .param(lambeth()).query(String.class).list();

    assertThat(stepUpThenDown).isPositive();
    assertThat(reasons).contains("MOVED_ON", "STEPPED_UP", "RETURNED_HOME");
    assertThat(count("""
        select count(*) from stay where alliance_id = ? and end_reason in ('MOVED_ON', 'STEPPED_UP')
          and destination is null""", lambeth())).isZero();
    assertThat(count("""
        select count(*) from stay where alliance_id = ? and end_date is null and planned_end_date is not null""",
        lambeth())).as("open stays with a planned end, for expected vacancies").isPositive();
    assertThat(count("""
        select count(*) from stay s join service sv on sv.alliance_id = s.alliance_id and sv.id = s.service_id
        where s.alliance_id = (select id from alliance where short_name = 'leeds')
          and sv.kind in ('SUPPORTED_LIVING', 'FLOATING_SUPPORT')""")).as("Leeds's lighter history").isPositive();
  }

  @Test
  void currentResidentsHaveOpenPlansSomeReadyWithVisitsAndAtLeastOneDelayedBecauseTheNextSettingIsFull() {
    LocalDate today = LocalDate.now(clock);
    long readyWithVisits = count("""
        select count(*) from move_plan p where p.alliance_id = ? and p.status = 'PLANNED' and p.readiness = 'READY'
          and p.decided_by <> '' and exists (select 1 from move_visit v
            where v.alliance_id = p.alliance_id and v.move_plan_id = p.id and v.visit_date <= ?)""", lambeth(), today);
    long notYetReady = count("""
        select count(*) from move_plan where alliance_id = ? and status = 'PLANNED' and readiness = 'NOT_YET_READY'""",
        lambeth());
    long delayed = count("""
        select count(*) from move_plan p join service sv on sv.alliance_id = p.alliance_id and sv.id = p.to_service_id
        where p.alliance_id = ? and p.status = 'PLANNED' and p.readiness = 'READY'
          and (select count(*) from stay o where o.alliance_id = sv.alliance_id and o.service_id = sv.id
                 and o.start_date <= ? and (o.end_date is null or o.end_date > ?)) >= sv.capacity""",
        lambeth(), today, today);
    long openPlansFromEndedStays = count("""
        select count(*) from move_plan p join stay s on s.alliance_id = p.alliance_id and s.id = p.from_stay_id
        where p.alliance_id = ? and p.status = 'PLANNED' and s.end_date is not null""", lambeth());
    long completedIntoTheirNewStay = count("""
        select count(*) from move_plan p join stay s on s.alliance_id = p.alliance_id and s.id = p.new_stay_id
        where p.alliance_id = ? and p.status = 'COMPLETED' and s.start_date = p.moved_on
          and s.service_id = p.to_service_id""", lambeth());

    assertThat(readyWithVisits).isPositive();
    assertThat(notYetReady + readyWithVisits).isGreaterThan(1);
    assertThat(delayed).isPositive();
    assertThat(openPlansFromEndedStays).isZero();
    assertThat(completedIntoTheirNewStay).isEqualTo(count("""
        select count(*) from move_plan where alliance_id = ? and status = 'COMPLETED'""", lambeth())).isPositive();
  }

  @Test
  void desmondHasARecognisableJourneyAndIsReadyToMoveToHisOwnFlat() {
    UUID desmond = jdbc.sql("select person_id from user_account where username = 'lambeth-person'")
        .query(UUID.class).single();
    List<String> kinds = jdbc.sql("""
        select sv.kind from stay s join service sv on sv.alliance_id = s.alliance_id and sv.id = s.service_id
        where s.alliance_id = ? and s.person_id = ? order by s.start_date, sv.kind""")
        .params(lambeth(), desmond).query(String.class).list();

    assertThat(kinds).containsExactly("INPATIENT_REHABILITATION", "COMMUNITY_RECOVERY", "STAFFED_FLATS",
        "ACUTE_WARD", "COMMUNITY_RECOVERY", "STAFFED_FLATS");
    assertThat(count("""
        select count(*) from move_plan p join service sv on sv.alliance_id = p.alliance_id and sv.id = p.to_service_id
        where p.alliance_id = ? and p.person_id = ? and p.status = 'PLANNED' and p.readiness = 'READY'
          and sv.kind = 'FLOATING_SUPPORT'""", lambeth(), desmond)).isEqualTo(1);
  }

  @Test
  void buildingTwiceWithTheSameSeedGivesTheSameHistoryAsTheOneSaved() {
    LocalDate today = LocalDate.now(clock);
    DemoAlliance blueprint = new LambethAlliance();
    long seed = settings.seed() ^ blueprint.shortName().hashCode();
    List<Resident> residents = new ArrayList<>();
    AtomicReference<UUID> featured = new AtomicReference<>();
    new SyntheticPeople(blueprint.area(), seed, peoplePerAlliance, today, first -> {
      featured.set(first.id());
      return blueprint.featured(first);
    }).forEachRemaining(p -> residents.add(new Resident(p.id(), "2".equals(p.details().gender()))));

    History once = DemoPathway.plan(services.all(lambeth()), residents, featured.get(), today, seed);
    History twice = DemoPathway.plan(services.all(lambeth()), residents, featured.get(), today, seed);
    Set<String> saved = new HashSet<>(jdbc.sql("""
        select id || ' ' || person_id || ' ' || service_id || ' ' || start_date || ' ' || coalesce(end_date::text, '-')
        from stay where alliance_id = ? and recorded_by = 'demo'""").param(lambeth()).query(String.class).list());
    Set<String> planned = new HashSet<>();
    once.stays().forEach(s -> planned.add(s.id() + " " + s.personId() + " " + s.serviceId() + " " + s.startDate()
        + " " + (s.endDate() == null ? "-" : s.endDate())));

    assertThat(twice).isEqualTo(once);
    assertThat(once.stays()).isNotEmpty();
    assertThat(planned).isEqualTo(saved);
    assertThat(DemoPathway.plan(services.all(lambeth()), residents, featured.get(), today, seed + 1))
        .as("another seed, another history").isNotEqualTo(once);
  }
}
