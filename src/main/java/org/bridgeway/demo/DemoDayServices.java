package org.bridgeway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.dayservices.DayServicesBulkWriter;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastAttendance;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastHeadCount;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastRegistration;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastSession;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Two years of day services: each day service publishes drop-ins (some in the evening or at the weekend), groups
 * and workshops; a share of the pathway's people register (more in the Leeds-like alliance), and many more people
 * who use the day services only, never the residential pathway: in the Leeds-like alliance about two and a half
 * registered people for every person on the pathway, some of them with two services at once. Each person comes to
 * one or two of a service's sessions: a few nearly every week, some now and then, most seldom; drop-ins have head
 * counts of visitors who were not registered. At the default size (800 people per alliance) the Leeds-like
 * alliance has about 2,000 people registered today, a couple of hundred using two or more services and about 90
 * regular attenders; the Lambeth-like alliance, with one day service, a few hundred registered.
 */
@Component
class DemoDayServices {

  private record Offer(SessionKind kind, String title, String place, boolean userLed, int startHour, int hours,
      DayOfWeek... days) {}

  private static final Offer[] OFFERS = {
      new Offer(SessionKind.DROP_IN, "Morning drop-in", "Café", false, 10, 3, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
          DayOfWeek.FRIDAY),
      new Offer(SessionKind.DROP_IN, "Evening drop-in", "Main hall", true, 18, 3, DayOfWeek.TUESDAY,
          DayOfWeek.THURSDAY),
      new Offer(SessionKind.DROP_IN, "Sunday drop-in", "Café", true, 12, 4, DayOfWeek.SUNDAY),
      new Offer(SessionKind.WORKSHOP, "Yoga", "Studio", false, 11, 1, DayOfWeek.TUESDAY),
      new Offer(SessionKind.WORKSHOP, "Chair exercise", "Main hall", false, 14, 1, DayOfWeek.WEDNESDAY),
      new Offer(SessionKind.THERAPEUTIC_GROUP, "Confidence building", "Group room", false, 13, 2,
          DayOfWeek.THURSDAY),
      new Offer(SessionKind.GROUP, "Pamper session", "Group room", true, 15, 2, DayOfWeek.FRIDAY),
      new Offer(SessionKind.GROUP, "Art group", "Art room", true, 10, 2, DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
      new Offer(SessionKind.THERAPEUTIC_GROUP, "Hearing voices group", "Group room", true, 17, 2,
          DayOfWeek.WEDNESDAY)};
  private static final String[] END_REASONS = {"Moved on to college", "Moved out of the area",
      "Now goes to a community group", "Found work", "No longer wished to come"};

  /** Registered people who use day services only, for each person of the pathway. */
  static final double LEEDS_DAY_SERVICE_ONLY = 2.1;
  static final double LAMBETH_DAY_SERVICE_ONLY = 0.25;
  /** The share of day-service-only people with a second service at the same time. */
  private static final double SECOND_SERVICE = 0.07;
  /** The share of day-service-only people who used another service before the one they use now. */
  private static final double EARLIER_SERVICE = 0.15;

  private final DayServicesBulkWriter writer;
  private final Services services;

  DemoDayServices(DayServicesBulkWriter writer, Services services) {
    this.writer = writer;
    this.services = services;
  }

  /**
   * Day-service-only people at most, whatever the size: a benchmark's hundred thousand people on the pathway need
   * no quarter of a million drop-in visitors besides.
   */
  static final long MOST_DAY_SERVICE_ONLY = 20_000;

  /**
   * How many day-service-only people the alliance has, in proportion to the people on its pathway (1,680 for the
   * Leeds-like alliance at the default 800), up to {@link #MOST_DAY_SERVICE_ONLY}.
   */
  static long dayServiceOnly(DemoAlliance blueprint, int peoplePerAlliance) {
    return Math.min(MOST_DAY_SERVICE_ONLY,
        Math.round(peoplePerAlliance * (leeds(blueprint) ? LEEDS_DAY_SERVICE_ONLY : LAMBETH_DAY_SERVICE_ONLY)));
  }

  private static boolean leeds(DemoAlliance blueprint) {
    return blueprint.shortName().toLowerCase().contains("leeds");
  }

  long write(UUID alliance, DemoAlliance blueprint, List<UUID> people, List<UUID> dayServiceOnly, LocalDate today,
      long seed) {
    List<ServiceRecord> dayServices = services.all(alliance).stream()
        .filter(s -> s.kind().dayService()).toList();
    if (dayServices.isEmpty()) {
      return 0;
    }
    Plan plan = plan(dayServices, leeds(blueprint), people, dayServiceOnly, today, seed);
    return writer.write(alliance, plan.sessions(), plan.registrations(), plan.attendance(), plan.headCounts());
  }

  /** The rows the day services get: sessions, registrations, attendance and head counts. */
  record Plan(List<PastSession> sessions, List<PastRegistration> registrations, List<PastAttendance> attendance,
      List<PastHeadCount> headCounts) {}

  /**
   * Plans the day services' two years without writing anything: the same services, people, day and seed give the
   * same rows. A person never has two registrations at one service that share a day, so never two attendance
   * entries for one session on one date.
   */
  static Plan plan(List<ServiceRecord> dayServices, boolean leeds, List<UUID> people, List<UUID> dayServiceOnly,
      LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x64617973L);
    double share = leeds ? 0.55 : 0.15;
    LocalDate from = today.minusYears(2);
    List<PastSession> sessions = new ArrayList<>();
    Map<UUID, List<DaySession>> byService = new HashMap<>();
    for (ServiceRecord service : dayServices) {
      int count = 3 + random.nextInt(3);
      int offset = random.nextInt(OFFERS.length);
      List<DaySession> published = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Offer offer = OFFERS[(offset + i) % OFFERS.length];
        UUID id = RandomIds.next(random);
        NewSession s = new NewSession(service.id(), offer.kind(), offer.title(), offer.place(),
            offer.userLed() ? "Peer volunteers" : "Activity worker", offer.kind() == SessionKind.DROP_IN ? null : 12,
            offer.userLed(), from.minusDays(random.nextInt(60)), LocalTime.of(offer.startHour(), 0),
            LocalTime.of(offer.startHour() + offer.hours(), 0), Repeat.WEEKLY,
            EnumSet.of(offer.days()[0], offer.days()), today.plusMonths(6));
        sessions.add(new PastSession(id, s));
        published.add(new DaySession(id, service.id(), service.name(), s.kind(), s.title(), s.place(),
            s.facilitators(), s.capacity(), s.userLed(), s.firstDate(), s.startTime(), s.endTime(), s.rule(), 0));
      }
      byService.put(service.id(), published);
    }
    History history = new History(byService, today, random);
    for (UUID person : people) {
      if (random.nextDouble() >= share) {
        continue;
      }
      int first = random.nextInt(dayServices.size());
      history.register(person, dayServices.get(first));
      if (dayServices.size() > 1 && random.nextDouble() < 0.22) {
        history.register(person, dayServices.get(other(first, dayServices.size(), random)));
      }
    }
    for (UUID person : dayServiceOnly) {
      int first = random.nextInt(dayServices.size());
      LocalDate start = today.minusDays(random.nextInt(700));
      int earlier = -1;
      @Nullable LocalDate earlierEnd = null;
      if (dayServices.size() > 1 && random.nextDouble() < EARLIER_SERVICE) {
        earlierEnd = start.minusDays(random.nextInt(30));
        earlier = other(first, dayServices.size(), random);
        history.attend(person, dayServices.get(earlier), earlierEnd.minusDays(100 + random.nextInt(400)),
            earlierEnd, END_REASONS[random.nextInt(END_REASONS.length)]);
      }
      history.attend(person, dayServices.get(first), start, null, null);
      if (dayServices.size() > 1 && random.nextDouble() < SECOND_SERVICE) {
        int second = other(first, dayServices.size(), random);
        LocalDate since = today.minusDays(random.nextInt(500));
        if (second == earlier && since.isBefore(earlierEnd)) {
          // Back at the service she left: the new registration starts when the earlier one ended, not inside it.
          since = earlierEnd;
        }
        history.attend(person, dayServices.get(second), since, null, null);
      }
    }
    List<PastHeadCount> headCounts = new ArrayList<>();
    for (List<DaySession> published : byService.values()) {
      for (DaySession s : published) {
        if (s.kind() == SessionKind.DROP_IN) {
          for (LocalDate day : s.occurrences(from, today)) {
            headCounts.add(new PastHeadCount(s.id(), day, 2 + random.nextInt(leeds ? 18 : 8)));
          }
        }
      }
    }
    return new Plan(sessions, history.registrations, history.attendance, headCounts);
  }

  /** Another of the services than the one given, at random. */
  private static int other(int first, int services, SplittableRandom random) {
    return (first + 1 + random.nextInt(services - 1)) % services;
  }

  /** The registrations and attendance being made, with each session's dates in the last two years. */
  private static final class History {

    private final Map<UUID, List<DaySession>> byService;
    private final Map<UUID, List<LocalDate>> dates = new HashMap<>();
    private final LocalDate today;
    private final SplittableRandom random;
    private final List<PastRegistration> registrations = new ArrayList<>();
    private final List<PastAttendance> attendance = new ArrayList<>();

    History(Map<UUID, List<DaySession>> byService, LocalDate today, SplittableRandom random) {
      this.byService = byService;
      this.today = today;
      this.random = random;
      byService.values().forEach(published -> published.forEach(s -> dates.put(s.id(),
          s.occurrences(today.minusYears(2), today))));
    }

    /** A registration of a person on the pathway: some years back at most, a fifth of them ended since. */
    void register(UUID person, ServiceRecord service) {
      LocalDate start = today.minusDays(random.nextInt(1000));
      LocalDate end = null;
      String reason = null;
      if (random.nextDouble() < 0.2 && start.isBefore(today.minusDays(60))) {
        end = start.plusDays(30 + random.nextInt((int) (today.toEpochDay() - start.toEpochDay()) - 29));
        reason = END_REASONS[random.nextInt(END_REASONS.length)];
      }
      attend(person, service, start, end, reason);
    }

    /**
     * Registers the person from the start to the end (none: still registered), and marks them at one or two of
     * the service's sessions over the registration's days in the last two years: a few nearly every time, some
     * now and then, most seldom, and now and then marked absent.
     */
    void attend(UUID person, ServiceRecord service, LocalDate start, @Nullable LocalDate end,
        @Nullable String reason) {
      registrations.add(new PastRegistration(RandomIds.next(random), service.id(), person, start, end, reason));
      double engaged = random.nextDouble();
      double chance = engaged < 0.032 ? 0.75 : engaged < 0.17 ? 0.09 : 0.025;
      List<DaySession> published = byService.get(service.id());
      int chosen = 1 + random.nextInt(2);
      int offset = random.nextInt(published.size());
      LocalDate last = end == null ? today : end.minusDays(1);
      for (int i = 0; i < Math.min(chosen, published.size()); i++) {
        DaySession s = published.get((offset + i) % published.size());
        for (LocalDate day : dates.get(s.id())) {
          if (day.isBefore(start) || day.isAfter(last)) {
            continue;
          }
          double roll = random.nextDouble();
          if (roll < chance) {
            attendance.add(new PastAttendance(s.id(), day, person, true));
          } else if (roll < chance + 0.03) {
            attendance.add(new PastAttendance(s.id(), day, person, false));
          }
        }
      }
    }
  }
}
