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
import org.springframework.stereotype.Component;

/**
 * Two years of day services: each day service publishes drop-ins (some in the evening or at the weekend), groups
 * and workshops; a share of the alliance's people register (more in the Leeds-like alliance, where day services
 * are a large part of the offer), some with two services; each comes to one or two sessions, some nearly every
 * week and some now and then; drop-ins have head counts of visitors who were not registered.
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

  private final DayServicesBulkWriter writer;
  private final Services services;

  DemoDayServices(DayServicesBulkWriter writer, Services services) {
    this.writer = writer;
    this.services = services;
  }

  long write(UUID alliance, DemoAlliance blueprint, List<UUID> people, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x64617973L);
    boolean leeds = blueprint.shortName().toLowerCase().contains("leeds");
    double share = leeds ? 0.55 : 0.15;
    List<ServiceRecord> dayServices = services.all(alliance).stream()
        .filter(s -> s.kind().dayService()).toList();
    if (dayServices.isEmpty()) {
      return 0;
    }
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
    List<PastRegistration> registrations = new ArrayList<>();
    List<PastAttendance> attendance = new ArrayList<>();
    for (UUID person : people) {
      if (random.nextDouble() >= share) {
        continue;
      }
      int first = random.nextInt(dayServices.size());
      register(person, dayServices.get(first), byService, today, random, registrations, attendance);
      if (dayServices.size() > 1 && random.nextDouble() < 0.22) {
        int second = (first + 1 + random.nextInt(dayServices.size() - 1)) % dayServices.size();
        register(person, dayServices.get(second), byService, today, random, registrations, attendance);
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
    return writer.write(alliance, sessions, registrations, attendance, headCounts);
  }

  private static void register(UUID person, ServiceRecord service, Map<UUID, List<DaySession>> byService,
      LocalDate today, SplittableRandom random, List<PastRegistration> registrations,
      List<PastAttendance> attendance) {
    LocalDate start = today.minusDays(random.nextInt(1000));
    LocalDate end = null;
    String reason = null;
    if (random.nextDouble() < 0.2 && start.isBefore(today.minusDays(60))) {
      end = start.plusDays(30 + random.nextInt((int) (today.toEpochDay() - start.toEpochDay()) - 29));
      reason = END_REASONS[random.nextInt(END_REASONS.length)];
    }
    registrations.add(new PastRegistration(RandomIds.next(random), service.id(), person, start, end, reason));
    double engaged = random.nextDouble();
    double chance = engaged < 0.08 ? 0.85 : engaged < 0.35 ? 0.35 : 0.08;
    List<DaySession> published = byService.get(service.id());
    int chosen = 1 + random.nextInt(2);
    int offset = random.nextInt(published.size());
    LocalDate last = end == null ? today : end.minusDays(1);
    for (int i = 0; i < Math.min(chosen, published.size()); i++) {
      DaySession s = published.get((offset + i) % published.size());
      for (LocalDate day : s.occurrences(start.isBefore(today.minusYears(2)) ? today.minusYears(2) : start, last)) {
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
