package org.bridgeway.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.SetupBulkWriter;
import org.bridgeway.alliance.SetupBulkWriter.NewLocality;
import org.bridgeway.alliance.SetupBulkWriter.NewOpening;
import org.bridgeway.alliance.SetupBulkWriter.NewOrganisation;
import org.bridgeway.alliance.SetupBulkWriter.NewStaff;
import org.bridgeway.alliance.SetupBulkWriter.NewTeam;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.TeamType;

/**
 * One alliance's set-up as a blueprint describes it, collected in memory and then written in batches: partner
 * organisations, localities, services and their opening times, teams, and staff with generated names.
 */
final class AllianceSetup {

  private final Area area;
  private final SplittableRandom random;
  private final LocalDate today;
  private final long people;
  private final List<NewOrganisation> organisations = new ArrayList<>();
  private final Map<UUID, String> emailDomains = new HashMap<>();
  private final List<NewLocality> localities = new ArrayList<>();
  private final List<ServiceDraft> services = new ArrayList<>();
  private final List<NewOpening> openings = new ArrayList<>();
  private final List<NewTeam> teams = new ArrayList<>();
  private final List<NewStaff> staff = new ArrayList<>();
  private final Map<String, UUID> featuredStaff = new HashMap<>();

  AllianceSetup(Area area, SplittableRandom random, LocalDate today, long people) {
    this.area = area;
    this.random = random;
    this.today = today;
    this.people = people;
  }

  /**
   * The places of a setting on the pathway for the alliance's size: a blueprint gives them for an alliance that
   * knows {@value #BLUEPRINT_PEOPLE} people, and they grow and shrink in proportion, never below two, so that the
   * demo's history fills its settings at any size.
   */
  int places(int forBlueprint) {
    return (int) Math.max(2, Math.round(forBlueprint * (double) people / BLUEPRINT_PEOPLE));
  }

  static final int BLUEPRINT_PEOPLE = 800;

  UUID organisation(String name, Sector sector, String odsCode, String emailDomain) {
    UUID id = RandomIds.next(random);
    organisations.add(new NewOrganisation(id, name, sector, odsCode.isEmpty() ? null : odsCode));
    emailDomains.put(id, emailDomain);
    return id;
  }

  UUID locality(String name, boolean pilotArea) {
    UUID id = RandomIds.next(random);
    localities.add(new NewLocality(id, name, pilotArea));
    return id;
  }

  ServiceDraft service(UUID organisation, String name, ServiceKind kind, UUID locality) {
    ServiceDraft draft = new ServiceDraft(RandomIds.next(random), organisation, name, kind, locality);
    services.add(draft);
    return draft;
  }

  /** Opening hours on a day, 1 Monday to 7 Sunday, as "10:00" to "16:00". */
  void opening(ServiceDraft service, int day, String opens, String closes) {
    openings.add(new NewOpening(service.id(), day, LocalTime.parse(opens), LocalTime.parse(closes)));
  }

  UUID team(UUID organisation, String name, TeamType type) {
    UUID id = RandomIds.next(random);
    teams.add(new NewTeam(id, organisation, name, type));
    return id;
  }

  /** A member of staff with a generated name; peer support workers hold lived-experience roles. */
  UUID staff(UUID organisation, UUID team, StaffRole role, String jobTitle, BigDecimal hours) {
    UUID id = RandomIds.next(random);
    String ethnicity = area.ethnicity().pick(random);
    String given = Names.givenName(ethnicity, random.nextBoolean() ? "1" : "2", random);
    String family = Names.familyName(ethnicity, random);
    LocalDate started = today.minusDays(30 + random.nextInt(12 * 365));
    String email = (given.charAt(0) + "." + family).toLowerCase().replace("'", "") + "@"
        + emailDomains.get(organisation);
    staff.add(new NewStaff(id, organisation, team, given, family, role, jobTitle, hours,
        role == StaffRole.PEER_WORKER, started, email));
    return id;
  }

  /** A number of staff in the same post, each with the hours the supplier gives next. */
  List<UUID> staff(UUID organisation, UUID team, StaffRole role, String jobTitle, int count,
      Supplier<BigDecimal> hours) {
    List<UUID> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(staff(organisation, team, role, jobTitle, hours.get()));
    }
    return ids;
  }

  /** Remembers a member of staff that a demo account (worker, manager, panel) signs in as. */
  void feature(String account, UUID staffId) {
    featuredStaff.put(account, staffId);
  }

  Map<String, UUID> featuredStaff() {
    return Map.copyOf(featuredStaff);
  }

  int staffCount() {
    return staff.size();
  }

  void writeTo(SetupBulkWriter writer, UUID alliance) {
    writer.organisations(alliance, organisations);
    writer.localities(alliance, localities);
    writer.services(alliance, services.stream().map(ServiceDraft::build).toList());
    writer.openings(alliance, openings);
    writer.teams(alliance, teams);
    writer.staff(alliance, staff);
  }
}
