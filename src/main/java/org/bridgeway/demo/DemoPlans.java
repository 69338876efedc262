package org.bridgeway.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.plans.LifeDomain;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanGoal;
import org.bridgeway.plans.PlansBulkWriter;
import org.bridgeway.plans.PlansBulkWriter.PastPlan;
import org.bridgeway.plans.PlansBulkWriter.PastProgress;
import org.bridgeway.plans.PlansBulkWriter.PastVersion;
import org.bridgeway.plans.Progress;
import org.bridgeway.plans.RiskItem;
import org.springframework.stereotype.Component;

/**
 * Support plans for a third of the people on the demo worker's caseload: two or three versions agreed six months
 * apart, goals that carry on from version to version with progress every couple of months, and reviews that fall
 * overdue, due soon or later on. The featured person (the {@code -person} account) has three versions in their
 * own words and a draft of their own under way.
 */
@Component
class DemoPlans {

  private static final int PEOPLE = DemoCareTeams.CASELOAD + 10;
  private static final Object[][] GOALS = {
      {LifeDomain.HOME, "Move into a flat of my own", "Look at flats with my worker; fill in the housing form",
          "My worker and the housing officer"},
      {LifeDomain.WORK_AND_LEARNING, "Start the catering course at college", "Go to the open day; apply by June",
          "My worker and my mum"},
      {LifeDomain.RELATIONSHIPS, "See my son every week", "Phone him on Sundays; plan a visit each month",
          "My sister"},
      {LifeDomain.PHYSICAL_HEALTH, "Walk every day and feel fitter", "Walk to the shops instead of the bus",
          "The walking group"},
      {LifeDomain.MENTAL_HEALTH, "Sleep better and feel calmer", "Keep a bedtime; use the breathing app",
          "My GP and my worker"},
      {LifeDomain.LIVING_SKILLS, "Cook a proper meal three times a week", "Plan meals on Monday; shop with a list",
          "My support worker"},
      {LifeDomain.COMMUNITY, "Join the Thursday art group", "Go with my worker the first time, then on my own",
          "The group leader"},
      {LifeDomain.MONEY, "Keep on top of my bills", "Set up direct debits; check my account each Friday",
          "The money advice service"}};
  private static final Progress[] STEPS = Progress.values();

  private final PlansBulkWriter writer;
  private final Staff staff;

  DemoPlans(PlansBulkWriter writer, Staff staff) {
    this.writer = writer;
    this.staff = staff;
  }

  long write(UUID alliance, DemoAlliance blueprint, long seed, LocalDate today, Map<String, UUID> featuredStaff,
      long peopleWritten) {
    List<NewPerson> people = new ArrayList<>();
    new SyntheticPeople(blueprint.area(), seed, Math.min(peopleWritten, PEOPLE), today, blueprint::featured)
        .forEachRemaining(people::add);
    StaffMember worker = staff.get(alliance, featuredStaff.get("worker"));
    String workerBy = blueprint.shortName() + "-worker";
    List<PastPlan> plans = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      if (p % 3 != 0) {
        continue;
      }
      NewPerson person = people.get(p);
      String name = displayName(person);
      String personBy = p == 0 ? blueprint.shortName() + "-person" : "demo";
      plans.add(p == 0 ? featured(person, name, personBy, worker, workerBy, today)
          : plan(person, name, personBy, worker, workerBy, today, p));
    }
    return writer.write(alliance, plans, today);
  }

  /** Two or three versions six months apart; the latest's review falls overdue, soon or later, by turns. */
  private static PastPlan plan(NewPerson person, String name, String personBy, StaffMember worker, String workerBy,
      LocalDate today, int p) {
    int count = 2 + (p / 3) % 2;
    int[] reviewOffsets = {-10, 14, 60};
    LocalDate latest = today.minusMonths(6).plusDays(reviewOffsets[(p / 3) % 3]);
    List<PlanGoal> goals = new ArrayList<>();
    List<PastVersion> versions = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      LocalDate agreedOn = latest.minusMonths(6L * (count - 1 - v));
      Object[] g = GOALS[(p + v) % GOALS.length];
      goals.add(new PlanGoal(goalId(person, v), (LifeDomain) g[0], (String) g[1], (String) g[2], (String) g[3],
          agreedOn.plusMonths(9)));
      PlanContent content = new PlanContent("My family, my flat and getting out and about.",
          "I am kind and I keep going when it is hard.", List.copyOf(goals),
          "Text before you visit. Talk to me, not about me.",
          List.of(new RiskItem("Going into town on my own", "I feel free and like myself",
              "I take my phone and text when I am home", "My worker phones me the next morning")),
          "I stop eating and stay in bed.", "A quiet room, my music, and my sister.", agreedOn.plusMonths(6));
      versions.add(new PastVersion(content, agreedOn, workerBy, worker.fullName(), personBy, name));
    }
    return new PastPlan(person.id(), versions, null, workerBy, worker.fullName(),
        progress(person, goals, versions, today, name, personBy, worker, workerBy));
  }

  /** The featured person's plan, in their own words, with a draft of their own under way. */
  private static PastPlan featured(NewPerson person, String name, String personBy, StaffMember worker,
      String workerBy, LocalDate today) {
    LocalDate first = today.minusMonths(12).minusDays(20);
    PlanGoal flat = new PlanGoal(goalId(person, 0), LifeDomain.HOME, "I want my own flat, near my sister",
        "Fill in the housing form with Ade. Go and see two flats.", "Ade, and my sister Grace", first.plusMonths(9));
    PlanGoal son = new PlanGoal(goalId(person, 1), LifeDomain.RELATIONSHIPS, "See my son Danny every week",
        "Ring him every Sunday. Ask his mum about Saturdays.", "My sister", first.plusMonths(6));
    PlanGoal art = new PlanGoal(goalId(person, 2), LifeDomain.COMMUNITY, "Go to the Thursday art group",
        "Go with Ade the first time, then on my own.", "Ade, then the group leader", first.plusMonths(12));
    PlanGoal course = new PlanGoal(goalId(person, 3), LifeDomain.WORK_AND_LEARNING,
        "Start the catering course in September", "Go to the open day. Apply before the end of June.",
        "Ade and the college", today.plusMonths(8));
    RiskItem town = new RiskItem("Going to the football on my own", "It is where I feel most like me",
        "I text Ade or my sister when I get home", "My sister rings me, and Ade visits the next day");
    RiskItem money = new RiskItem("Managing my own money again", "I want to be in charge of my life",
        "I keep £20 a week for myself; bills go out by direct debit", "We sit down with the money adviser");
    String matters = "Danny, my son. My sister Grace. Having my own front door one day.";
    String strengths = "I am a good cook. I never give up, even on bad days. People say I am funny.";
    String support = "Ring or text before you come. Talk to me, not about me. Give me time to answer.";
    String warning = "I stop sleeping, I stop answering the phone, and I stop cooking.";
    String crisis = "A quiet room, my music, and my sister. Please do not all talk at once.";
    List<PastVersion> versions = List.of(
        new PastVersion(new PlanContent(matters, strengths, List.of(flat, son), support, List.of(town), warning,
            crisis, first.plusMonths(6)), first, workerBy, worker.fullName(), personBy, name),
        new PastVersion(new PlanContent(matters, strengths, List.of(flat, son, art), support, List.of(town),
            warning, crisis, first.plusMonths(12)), first.plusMonths(6), workerBy, worker.fullName(), personBy, name),
        new PastVersion(new PlanContent(matters + " Getting back to cooking for people.", strengths,
            List.of(flat, son, art), support, List.of(town, money), warning, crisis, today.plusDays(10)),
            today.minusMonths(3), workerBy, worker.fullName(), personBy, name));
    PlanContent draft = new PlanContent(matters + " Getting back to cooking for people, maybe as a job.",
        strengths, List.of(flat, son, art, course), support, List.of(town, money), warning, crisis,
        today.plusMonths(6));
    List<PlanGoal> goals = List.of(flat, son, art);
    return new PastPlan(person.id(), versions, draft, personBy, name,
        progress(person, goals, versions, today, name, personBy, worker, workerBy));
  }

  /** Progress on each goal every two months or so from the version that brought it in, now and then by the person. */
  private static List<PastProgress> progress(NewPerson person, List<PlanGoal> goals, List<PastVersion> versions,
      LocalDate today, String name, String personBy, StaffMember worker, String workerBy) {
    List<PastProgress> entries = new ArrayList<>();
    for (int g = 0; g < goals.size(); g++) {
      PlanGoal goal = goals.get(g);
      LocalDate from = versions.get(Math.min(g, versions.size() - 1)).agreedOn().plusWeeks(3);
      int step = 0;
      for (LocalDate on = from; on.isBefore(today); on = on.plusMonths(2), step++) {
        boolean byPerson = step % 2 == 1;
        Progress progress = STEPS[Math.min(step / 2 + (g == 0 ? 1 : 0), STEPS.length - 1)];
        entries.add(new PastProgress(goal.id(), on, progress, byPerson ? "I feel I am getting there"
            : "Talked it through at the visit", byPerson, byPerson ? personBy : workerBy,
            byPerson ? name : worker.fullName()));
      }
    }
    return entries;
  }

  private static UUID goalId(NewPerson person, int n) {
    return UUID.nameUUIDFromBytes((person.id() + "/goal/" + n).getBytes(StandardCharsets.UTF_8));
  }

  private static String displayName(NewPerson person) {
    String preferred = person.details().preferredName();
    return (preferred == null || preferred.isBlank() ? person.details().givenName() : preferred) + " "
        + person.details().familyName();
  }
}
