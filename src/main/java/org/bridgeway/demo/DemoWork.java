package org.bridgeway.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.work.EmployerContactKind;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.JobEndReason;
import org.bridgeway.work.NewFidelityReview;
import org.bridgeway.work.NewJob;
import org.bridgeway.work.WorkBulkWriter;
import org.bridgeway.work.WorkBulkWriter.PastAllocation;
import org.bridgeway.work.WorkBulkWriter.PastContact;
import org.bridgeway.work.WorkBulkWriter.PastJob;
import org.bridgeway.work.WorkBulkWriter.PastReview;
import org.bridgeway.work.WorkBulkWriter.PastStatus;
import org.springframework.stereotype.Component;

/**
 * Several years of work, learning and volunteering: most people long-term sick or disabled (04) from years ago,
 * some moving on into volunteering, college or paid work (with jobs that start, and some that end); the
 * employment team's caseload shared among its specialists; employer contacts every few days; and a fidelity
 * review each year, improving from fair towards good.
 */
@Component
class DemoWork {

  private static final int PEOPLE = 300;
  private static final String[] EMPLOYERS = {"Greggs", "Tesco", "The Council", "Oxfam", "Pret a Manger",
      "A local garden centre", "The NHS trust", "A city-centre hotel", "A charity cafe", "A supermarket warehouse"};
  private static final String[] ROLES = {"Kitchen assistant", "Retail assistant", "Cleaner", "Admin assistant",
      "Gardener", "Warehouse operative", "Peer support worker", "Barista"};
  private static final String[] PLACES = {"The British Heart Foundation shop", "Park Lane College",
      "A community garden", "The food bank", "The local library"};

  private final WorkBulkWriter writer;
  private final Services services;
  private final Staff staff;

  DemoWork(WorkBulkWriter writer, Services services, Staff staff) {
    this.writer = writer;
    this.services = services;
    this.staff = staff;
  }

  void write(UUID alliance, DemoAlliance blueprint, long seed, LocalDate today, long peopleWritten) {
    List<NewPerson> people = new ArrayList<>();
    new SyntheticPeople(blueprint.area(), seed, Math.min(peopleWritten, PEOPLE), today, blueprint::featured)
        .forEachRemaining(people::add);
    List<ServiceRecord> teams = services.all(alliance).stream()
        .filter(s -> s.kind() == ServiceKind.EMPLOYMENT_TEAM).toList();
    List<StaffMember> specialists = staff.page(alliance, 0, 5000).items().stream()
        .filter(m -> m.role() == StaffRole.EMPLOYMENT_SPECIALIST).toList();
    SplittableRandom random = new SplittableRandom(seed ^ 0x776f726bL);
    List<PastStatus> statuses = new ArrayList<>();
    List<PastAllocation> allocations = new ArrayList<>();
    List<PastJob> jobs = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      UUID person = people.get(p).id();
      LocalDate since = today.minusDays(365L * 3 + random.nextInt(365 * 3));
      statuses.add(new PastStatus(person, since, EmploymentStatus.LONG_TERM_SICK, false, false, null, null));
      boolean onCaseload = !teams.isEmpty() && !specialists.isEmpty() && random.nextInt(100) < 45;
      LocalDate joined = since.plusDays(60 + random.nextInt(400));
      if (onCaseload && joined.isBefore(today)) {
        allocations.add(new PastAllocation(teams.get(0).id(), person, specialists.get(p % specialists.size()).id(),
            joined, null));
      }
      moveOn(person, joined, today, onCaseload, random, statuses, jobs);
    }
    List<PastContact> contacts = new ArrayList<>();
    List<PastReview> reviews = new ArrayList<>();
    if (!teams.isEmpty() && !specialists.isEmpty()) {
      UUID team = teams.get(0).id();
      for (LocalDate day = today.minusYears(2); day.isBefore(today); day = day.plusDays(2 + random.nextInt(5))) {
        contacts.add(new PastContact(team, specialists.get(random.nextInt(specialists.size())).id(),
            EMPLOYERS[random.nextInt(EMPLOYERS.length)], day,
            EmployerContactKind.values()[random.nextInt(EmployerContactKind.values().length)]));
      }
      int[] threes = {16, 8, 0};
      for (int r = 0; r < threes.length; r++) {
        reviews.add(new PastReview(team, new NewFidelityReview(today.minusYears(2 - r).minusDays(30),
            "Regional IPS trainer, peer reviewer", review(threes[r]))));
      }
    }
    writer.write(alliance, statuses, allocations, jobs, contacts, reviews);
  }

  /** Some move on: into volunteering or college, or (more often on the caseload) a job that may end. */
  private static void moveOn(UUID person, LocalDate from, LocalDate today, boolean onCaseload,
      SplittableRandom random, List<PastStatus> statuses, List<PastJob> jobs) {
    LocalDate day = from.plusDays(30 + random.nextInt(300));
    if (!day.isBefore(today)) {
      return;
    }
    int roll = random.nextInt(100);
    if (roll < 12) {
      statuses.add(new PastStatus(person, day, EmploymentStatus.LONG_TERM_SICK, true, false,
          new BigDecimal(4 + random.nextInt(8)), PLACES[random.nextInt(PLACES.length)]));
    } else if (roll < 20) {
      statuses.add(new PastStatus(person, day, EmploymentStatus.STUDENT, false, true,
          new BigDecimal(6 + random.nextInt(10)), "Park Lane College"));
    } else if (roll < (onCaseload ? 55 : 26)) {
      LocalDate end = random.nextInt(3) == 0 ? day.plusDays(60 + random.nextInt(300)) : null;
      if (end != null && !end.isBefore(today)) {
        end = null;
      }
      List<LocalDate> support = new ArrayList<>();
      for (LocalDate s = day.plusDays(14); s.isBefore(end == null ? today : end); s = s.plusDays(30)) {
        support.add(s);
      }
      jobs.add(new PastJob(person, new NewJob(EMPLOYERS[random.nextInt(EMPLOYERS.length)],
          ROLES[random.nextInt(ROLES.length)], new BigDecimal(8 + random.nextInt(25)), 1100L + random.nextInt(300),
          random.nextInt(10) < 9, day), end, end == null ? null : JobEndReason.values()[random.nextInt(5)],
          support));
      statuses.add(new PastStatus(person, day, EmploymentStatus.EMPLOYED, false, false, null, null));
      if (end != null) {
        statuses.add(new PastStatus(person, end, EmploymentStatus.SEEKING_WORK, false, false, null, null));
      }
    }
  }

  /** 25 scores: {@code threes} items at 3, the rest at 4, a few at 5 as the team improves. */
  private static List<Integer> review(int threes) {
    List<Integer> scores = new ArrayList<>(Collections.nCopies(threes, 3));
    scores.addAll(Collections.nCopies(25 - threes, 4));
    if (threes < 10) {
      scores.set(24, 5);
      scores.set(23, 5);
    }
    return scores;
  }
}
