package org.bridgeway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.NewAlliance;
import org.bridgeway.alliance.SetupBulkWriter;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.demo.DemoPathway.Resident;
import org.bridgeway.people.PeopleBulkWriter;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.referrals.ReferralsBulkWriter.PastReferral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo alliances on an installation that has none yet, all in one transaction, so that a build
 * stopped half way leaves nothing behind and the next start tries again. An installation that has any
 * alliance is left exactly as it is.
 */
@Component
class DemoBuilder {

  private static final Logger log = LoggerFactory.getLogger(DemoBuilder.class);
  static final List<DemoAlliance> ALLIANCES = List.of(new LambethAlliance(), new LeedsAlliance());

  private final Alliances alliances;
  private final SetupBulkWriter setupWriter;
  private final PeopleBulkWriter peopleWriter;
  private final DemoAccounts accounts;
  private final DemoCareTeams careTeams;
  private final DemoReferrals referrals;
  private final DemoPanels panels;
  private final DemoNotes notes;
  private final DemoPlans plans;
  private final DemoPathway pathway;
  private final DemoOutcomes outcomes;
  private final DemoMoney money;
  private final DemoBudgets personalBudgets;
  private final DemoHealthChecks healthChecks;
  private final DemoDayServices dayServices;
  private final DemoWork work;
  private final DemoCommunity community;
  private final DemoWorkforce workforce;
  private final DemoGovernance governance;
  private final TransactionTemplate transaction;
  private final DemoSettings settings;
  private final Clock clock;

  DemoBuilder(Alliances alliances, SetupBulkWriter setupWriter, PeopleBulkWriter peopleWriter, DemoAccounts accounts,
      DemoCareTeams careTeams, DemoReferrals referrals, DemoPanels panels, DemoNotes notes, DemoPlans plans,
      DemoPathway pathway, DemoOutcomes outcomes, DemoMoney money, DemoBudgets personalBudgets,
      DemoHealthChecks healthChecks, DemoDayServices dayServices, DemoWork work, DemoCommunity community,
      DemoWorkforce workforce, DemoGovernance governance, TransactionTemplate transaction, DemoSettings settings,
      Clock clock) {
    this.alliances = alliances;
    this.setupWriter = setupWriter;
    this.peopleWriter = peopleWriter;
    this.accounts = accounts;
    this.careTeams = careTeams;
    this.referrals = referrals;
    this.panels = panels;
    this.notes = notes;
    this.plans = plans;
    this.pathway = pathway;
    this.outcomes = outcomes;
    this.money = money;
    this.personalBudgets = personalBudgets;
    this.healthChecks = healthChecks;
    this.dayServices = dayServices;
    this.work = work;
    this.community = community;
    this.workforce = workforce;
    this.governance = governance;
    this.transaction = transaction;
    this.settings = settings;
    this.clock = clock;
  }

  /** Builds the demo if the installation has no alliance yet; true if it did. */
  boolean buildIfEmpty() {
    Boolean built = transaction.execute(status -> {
      if (!alliances.all().isEmpty()) {
        return false;
      }
      long started = System.nanoTime();
      accounts.openInstallationAdmin();
      PeopleTimer people = new PeopleTimer();
      ALLIANCES.forEach(alliance -> build(alliance, people));
      log.info("Demo data: wrote {} people ({} per alliance on the pathway, the rest day services only) in {} s,"
          + " {} a second", people.count, settings.peoplePerAlliance(), people.seconds(), people.perSecond());
      log.info("Demo data: built in {} s in all", String.format("%.1f", (System.nanoTime() - started) / 1e9));
      return true;
    });
    return Boolean.TRUE.equals(built);
  }

  private void build(DemoAlliance blueprint, PeopleTimer timer) {
    String shortName = blueprint.shortName();
    UUID alliance = alliances.create(new NewAlliance(blueprint.name(), shortName, Workforce.DEFAULT_STANDARD_WEEK,
        "Demo administrator", shortName + "-admin", DemoAccounts.PASSWORD));
    long seed = settings.seed() ^ shortName.hashCode();
    LocalDate today = LocalDate.now(clock);
    AllianceSetup setup = new AllianceSetup(blueprint.area(), new SplittableRandom(seed), today,
        settings.peoplePerAlliance());
    blueprint.setUp(setup, seed);
    setup.writeTo(setupWriter, alliance);
    log.info("Demo data: {} set up with {} staff", shortName, setup.staffCount());
    AtomicReference<UUID> featured = new AtomicReference<>();
    SyntheticPeople people = new SyntheticPeople(blueprint.area(), seed, settings.peoplePerAlliance(), today,
        first -> {
          featured.set(first.id());
          return blueprint.featured(first);
        });
    long started = System.nanoTime();
    List<UUID> referred = new ArrayList<>();
    List<Resident> residents = new ArrayList<>();
    long written = peopleWriter.write(alliance, new Progress<>(residents(DemoReferrals.remembering(people,
        referred), residents), settings.peoplePerAlliance(), shortName + " people"), "demo");
    List<UUID> dayServiceOnly = new ArrayList<>();
    long extra = peopleWriter.write(alliance, remembering(people.more(
        DemoDayServices.dayServiceOnly(blueprint, settings.peoplePerAlliance())), dayServiceOnly), "demo");
    log.info("Demo data: {} has {} people on the pathway and {} more who use day services only", shortName,
        written, extra);
    timer.add(written + extra, System.nanoTime() - started);
    List<PastReferral> decided = referrals.write(alliance, shortName, referred, today, seed);
    panels.write(alliance, shortName, decided, today, seed);
    accounts.openFor(alliance, shortName, setup.featuredStaff(), featured.get());
    careTeams.write(alliance, blueprint, seed, today, setup.featuredStaff(), written);
    notes.write(alliance, blueprint, seed, today, setup.featuredStaff(), written);
    plans.write(alliance, blueprint, seed, today, setup.featuredStaff(), written);
    long pathwayStarted = System.nanoTime();
    DemoPathway.History history = pathway.write(alliance, residents, featured.get(), today, seed);
    log.info("Demo data: {} pathway history: {} stays, {} move plans, {} visits in {} s", shortName,
        history.stays().size(), history.plans().size(), history.visits().size(),
        String.format("%.1f", (System.nanoTime() - pathwayStarted) / 1e9));
    long outcomesStarted = System.nanoTime();
    long answered = outcomes.write(alliance, blueprint, seed, today, setup.featuredStaff(), written);
    log.info("Demo data: {} outcomes: {} responses in {} s", shortName, answered,
        String.format("%.1f", (System.nanoTime() - outcomesStarted) / 1e9));
    money.write(alliance, blueprint instanceof LambethAlliance, history.stays(), today, seed);
    int personal = personalBudgets.write(alliance, history.stays(), today, seed);
    log.info("Demo data: {} personal budgets: {}", shortName, personal);
    UUID rotaHelper = workforce.write(alliance, blueprint instanceof LambethAlliance, history.stays(), featured.get(),
        today, seed);
    log.info("Demo data: {} rotas and recruitment panels; rota right given to {}", shortName,
        featured.get() != null && featured.get().equals(rotaHelper) ? "the featured person" : rotaHelper);
    long checks = healthChecks.write(alliance, residents.stream().map(Resident::id).toList(), today, seed);
    log.info("Demo data: {} health checks: {}", shortName, checks);
    long dayStarted = System.nanoTime();
    long dayRows = dayServices.write(alliance, blueprint, residents.stream().map(Resident::id).toList(),
        dayServiceOnly, today, seed);
    log.info("Demo data: {} day services: {} rows in {} s", shortName, dayRows,
        String.format("%.1f", (System.nanoTime() - dayStarted) / 1e9));
    work.write(alliance, blueprint, seed, today, written);
    int connections = community.write(alliance, shortName, residents.stream().map(Resident::id).toList(), today,
        seed);
    log.info("Demo data: {} community directory and {} connections", shortName, connections);
    int forumActions = governance.write(alliance, blueprint instanceof LeedsAlliance,
        residents.stream().map(Resident::id).toList(), today, seed);
    log.info("Demo data: {} forum with {} actions, and initiatives", shortName, forumActions);
  }

  /** Passes people through, remembering each one's id and whether she is a woman, for the pathway history. */
  private static Iterator<NewPerson> residents(Iterator<NewPerson> people, List<Resident> into) {
    return new Iterator<>() {
      public boolean hasNext() {
        return people.hasNext();
      }

      public NewPerson next() {
        NewPerson person = people.next();
        into.add(new Resident(person.id(), "2".equals(person.details().gender())));
        return person;
      }
    };
  }

  /** Passes people through, remembering each one's id. */
  private static Iterator<NewPerson> remembering(Iterator<NewPerson> people, List<UUID> into) {
    return new Iterator<>() {
      public boolean hasNext() {
        return people.hasNext();
      }

      public NewPerson next() {
        NewPerson person = people.next();
        into.add(person.id());
        return person;
      }
    };
  }

  /** Adds up the people written and the time spent writing them, across the alliances. */
  private static final class PeopleTimer {

    private long count;
    private long nanos;

    void add(long people, long took) {
      count += people;
      nanos += took;
    }

    String seconds() {
      return String.format("%.1f", nanos / 1e9);
    }

    long perSecond() {
      return nanos == 0 ? 0 : Math.round(count / (nanos / 1e9));
    }
  }
}
