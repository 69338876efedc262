package org.bridgeway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.Team;
import org.bridgeway.alliance.Teams;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.bridgeway.workforce.RecruitmentPanel;
import org.bridgeway.workforce.RecruitmentPost;
import org.bridgeway.workforce.Shift;
import org.bridgeway.workforce.WorkforceBulkWriter;
import org.bridgeway.workforce.WorkforceBulkWriter.BulkBase;
import org.bridgeway.workforce.WorkforceBulkWriter.BulkCover;
import org.bridgeway.workforce.WorkforceBulkWriter.BulkMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo's rotas and recruitment panels. Lambeth-like keeps a rota at its two 24/7 services (The Turrets and the
 * Brixton staffed flats: early 07:00-15:00 and late 14:30-22:30 with two staff each, a night 22:00-07:30 with
 * one), staffed by their own teams, who are based there. Leeds-like has no 24/7 service; its staffed houses at
 * Kirkstall keep a day rota (early 08:00-15:00, late 14:30-21:30, one each). Eight weeks of shifts, the four
 * before this week and the four from it, are filled from the team, no one on two shifts that overlap or on more
 * shifts a week than their hours allow, and about one place in 25 left empty: the gaps. One person living at a
 * rota'd service is given the right to help manage its rota: the featured person if they live at one, otherwise
 * the first resident found there. Recruitment panels run over six years, more of them with people who use
 * services as the years go on. Same seed, same data.
 */
@Component
class DemoWorkforce {

  record Pattern(String name, LocalTime starts, LocalTime ends, int needed) {}

  record Rota(String service, String team, List<Pattern> patterns) {}

  private static final List<Pattern> ROUND_THE_CLOCK = List.of(
      new Pattern("Early", LocalTime.of(7, 0), LocalTime.of(15, 0), 2),
      new Pattern("Late", LocalTime.of(14, 30), LocalTime.of(22, 30), 2),
      new Pattern("Night", LocalTime.of(22, 0), LocalTime.of(7, 30), 1));

  private static final List<Pattern> DAYTIME = List.of(
      new Pattern("Early", LocalTime.of(8, 0), LocalTime.of(15, 0), 1),
      new Pattern("Late", LocalTime.of(14, 30), LocalTime.of(21, 30), 1));

  private static final List<String> PANELLISTS = List.of("Marcia B.", "Tunde O.", "Grace H.", "Patrick M.",
      "Leanne W.", "Imran K.", "Joyce A.", "Sean D.", "Priya S.", "Winston C.", "Kerry-Ann F.", "Dev P.");

  private final WorkforceBulkWriter writer;
  private final Services services;
  private final Staff staff;
  private final Teams teams;

  DemoWorkforce(WorkforceBulkWriter writer, Services services, Staff staff, Teams teams) {
    this.writer = writer;
    this.services = services;
    this.staff = staff;
    this.teams = teams;
  }

  static List<Rota> rotas(boolean lambethLike) {
    return lambethLike
        ? List.of(new Rota("The Turrets community recovery service", "The Turrets team", ROUND_THE_CLOCK),
            new Rota("Brixton staffed studio flats", "Brixton flats team", ROUND_THE_CLOCK))
        : List.of(new Rota("Kirkstall supported living", "Kirkstall Pathways team", DAYTIME));
  }

  /** Writes the rotas and panels; the person given the rota right, if any. */
  @Nullable UUID write(UUID alliance, boolean lambethLike, List<PastStay> stays, @Nullable UUID featured,
      LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x726f7461L);
    List<StaffMember> everyone = staff.page(alliance, 0, 500).items();
    Map<String, ServiceRecord> byName = new HashMap<>();
    services.all(alliance).forEach(s -> byName.put(s.name(), s));
    LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(4);
    LocalDate to = from.plusWeeks(8).minusDays(1);
    List<ServiceRecord> rotaServices = new ArrayList<>();
    List<BulkBase> bases = new ArrayList<>();
    Map<UUID, List<StaffMember>> teamOf = new HashMap<>();
    for (Rota rota : rotas(lambethLike)) {
      ServiceRecord service = byName.get(rota.service());
      if (service == null) {
        continue;
      }
      rotaServices.add(service);
      List<StaffMember> team = everyone.stream().filter(s -> rota.team().equals(s.teamName()))
          .filter(s -> s.role() == StaffRole.SUPPORT_WORKER || s.role() == StaffRole.PEER_WORKER)
          .filter(s -> s.endDate() == null).toList();
      teamOf.put(service.id(), team);
      team.forEach(s -> bases.add(new BulkBase(s.id(), service.id(), s.startDate())));
      rota.patterns().forEach(p -> writer.pattern(alliance, service.id(), p.name(), p.starts(), p.ends(), p.needed(),
          "demo"));
    }
    writer.bases(alliance, bases, "demo");
    writer.makeShifts(alliance, from, to);
    List<BulkCover> covers = new ArrayList<>();
    for (ServiceRecord service : rotaServices) {
      covers.addAll(fill(writer.shifts(alliance, service.id(), from, to), teamOf.get(service.id()), random));
    }
    writer.covers(alliance, covers, "demo");
    UUID helper = helper(alliance, stays, featured, today, rotaServices);
    panels(alliance, everyone, today, random);
    return helper;
  }

  /** Fills shifts in time order from the team: the least used free member first, within their weekly hours. */
  static List<BulkCover> fill(List<Shift> shifts, List<StaffMember> team, SplittableRandom random) {
    List<BulkCover> covers = new ArrayList<>();
    Map<UUID, LocalDateTime> freeFrom = new HashMap<>();
    Map<String, Integer> weekShifts = new HashMap<>();
    List<Shift> ordered = shifts.stream().sorted(Comparator.comparing(Shift::startsAt)).toList();
    for (Shift shift : ordered) {
      LocalDate monday = shift.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (int place = 0; place < shift.staffNeeded(); place++) {
        if (random.nextInt(25) == 0) {
          continue;
        }
        StaffMember chosen = team.stream()
            .filter(s -> !freeFrom.getOrDefault(s.id(), LocalDateTime.MIN).isAfter(shift.startsAt()))
            .filter(s -> weekShifts.getOrDefault(s.id() + "" + monday, 0) < Math.max(1,
                s.contractedHours().intValue() / 8))
            .min(Comparator.comparing((StaffMember s) -> weekShifts.getOrDefault(s.id() + "" + monday, 0))
                .thenComparing(s -> s.id().toString()))
            .orElse(null);
        if (chosen == null) {
          continue;
        }
        covers.add(new BulkCover(shift.id(), chosen.id(), shift.startsAt(), shift.endsAt()));
        freeFrom.put(chosen.id(), shift.endsAt().plusHours(8));
        weekShifts.merge(chosen.id() + "" + monday, 1, Integer::sum);
      }
    }
    return covers;
  }

  /** Gives the rota right to the featured person if they live at a rota'd service today, else the first resident. */
  private @Nullable UUID helper(UUID alliance, List<PastStay> stays, @Nullable UUID featured, LocalDate today,
      List<ServiceRecord> rotaServices) {
    List<PastStay> current = stays.stream()
        .filter(s -> rotaServices.stream().anyMatch(r -> r.id().equals(s.serviceId())))
        .filter(s -> !s.startDate().isAfter(today) && (s.endDate() == null || s.endDate().isAfter(today)))
        .toList();
    PastStay chosen = current.stream().filter(s -> Objects.equals(s.personId(), featured)).findFirst()
        .orElse(current.isEmpty() ? null : current.get(0));
    if (chosen == null) {
      return null;
    }
    writer.right(alliance, chosen.personId(), chosen.serviceId(), "demo");
    return chosen.personId();
  }

  private void panels(UUID alliance, List<StaffMember> everyone, LocalDate today, SplittableRandom random) {
    List<RecruitmentPost> posts = new ArrayList<>();
    List<Team> all = teams.all(alliance);
    for (int i = 0; i < all.size(); i++) {
      Team team = all.get(i);
      String title = i % 3 == 2 ? "Peer support worker" : "Support worker";
      UUID id = writer.post(alliance, title, team.organisationId(), null, team.id(), "demo");
      posts.add(new RecruitmentPost(id, title, team.organisationId(), team.organisationName(), null, null, team.id(),
          team.name()));
    }
    if (posts.isEmpty()) {
      return;
    }
    List<RecruitmentPanel> panels = new ArrayList<>();
    List<BulkMember> members = new ArrayList<>();
    for (int yearsAgo = 5; yearsAgo >= 0; yearsAgo--) {
      double involved = 0.3 + 0.09 * (5 - yearsAgo);
      for (int n = 0; n < 7; n++) {
        LocalDate day = today.minusYears(yearsAgo).minusDays(random.nextInt(365));
        if (day.getDayOfWeek().getValue() > 5) {
          day = day.minusDays(2);
        }
        RecruitmentPost post = posts.get(random.nextInt(posts.size()));
        boolean user = random.nextDouble() < involved;
        boolean userChairs = user && random.nextInt(10) < 3;
        boolean questions = user && random.nextBoolean();
        UUID id = UUID.randomUUID();
        panels.add(new RecruitmentPanel(id, post, day, questions, 0, List.of()));
        List<StaffMember> colleagues = everyone.stream()
            .filter(s -> s.organisationId().equals(post.organisationId())).toList();
        for (int c = 0; c < Math.min(2, colleagues.size()); c++) {
          StaffMember s = colleagues.get(random.nextInt(colleagues.size()));
          if (c == 1 && Objects.equals(members.get(members.size() - 1).staffId(), s.id())) {
            continue;
          }
          members.add(new BulkMember(id, s.id(), s.fullName(), false, c == 0 && !userChairs));
        }
        if (user) {
          members.add(new BulkMember(id, null, PANELLISTS.get(random.nextInt(PANELLISTS.size())), true, userChairs));
        }
      }
    }
    writer.panels(alliance, panels, "demo");
    writer.members(alliance, members, "demo");
  }
}
