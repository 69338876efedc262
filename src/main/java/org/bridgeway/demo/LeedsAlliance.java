package org.bridgeway.demo;

import java.util.UUID;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.TeamType;

/**
 * A Leeds-like alliance on the lines of i3: six agencies in three sectors (the trust, the council and four
 * voluntary organisations, made up) running fourteen day services (drop-ins with varied opening times, some
 * user-run or specialist, a building base with therapeutic groups, an allotment and art studio), the Realise
 * Community Team in the East North East pilot area, and a city-wide employment team working to IPS. The
 * workforce is the seed's: 110 staff averaging 26.25 contracted hours, 77.0 whole-time equivalents.
 */
final class LeedsAlliance implements DemoAlliance {

  @Override
  public String name() {
    return "Leeds i3 Day Services Network";
  }

  @Override
  public String shortName() {
    return "leeds";
  }

  @Override
  public Area area() {
    return Area.LEEDS;
  }

  @Override
  public void setUp(AllianceSetup s, long seed) {
    Partners p = new Partners(
        s.organisation("Leeds and York Partnership NHS Foundation Trust", Sector.NHS, "RGD", "lypft.example"),
        s.organisation("Leeds City Council Adult Social Care", Sector.LOCAL_AUTHORITY, "", "leeds.example"),
        s.organisation("Aire Valley Wellbeing", Sector.VOLUNTARY, "", "airevalley.example"),
        s.organisation("Chapeltown Community Project", Sector.VOLUNTARY, "", "chapeltown.example"),
        s.organisation("Leeds Peer Network", Sector.VOLUNTARY, "", "peernetwork.example"),
        s.organisation("Kirkstall Pathways", Sector.VOLUNTARY, "", "kirkstall.example"));
    s.organisation("NHS West Yorkshire (Leeds commissioners)", Sector.COMMISSIONER, "15F", "wyorks.example");
    Places l = new Places(s.locality("East North East Leeds", true), s.locality("West Leeds", false),
        s.locality("South Leeds", false), s.locality("City centre", false));
    LeedsDayServices.open(s, p, l);
    staff(s, p, seed);
    housing(s, p, l);
  }

  /** A little housing beside the day services, with a short history in the demo. */
  private static void housing(AllianceSetup s, Partners p, Places l) {
    s.service(p.kirkstall(), "Kirkstall supported living", ServiceKind.SUPPORTED_LIVING, l.west())
        .capacity(s.places(8), CapacityUnit.BEDS).weeklyCost(640).stayMonths(12, 24)
        .at("Kirkstall Road, Leeds", "LS4 2AZ").about("Shared houses with staff on site during the day.");
    s.service(p.aireValley(), "Aire Valley floating support", ServiceKind.FLOATING_SUPPORT, l.eastNorthEast())
        .capacity(s.places(30), CapacityUnit.PLACES).weeklyCost(140).stayMonths(6, 24)
        .about("Support for people in their own homes across East North East Leeds.");
  }

  record Partners(UUID trust, UUID council, UUID aireValley, UUID chapeltown, UUID peerNetwork, UUID kirkstall) {}

  record Places(UUID eastNorthEast, UUID west, UUID south, UUID cityCentre) {}

  /** Managers, social workers, nurses, therapists and employment specialists work full time. */
  private static final int FULL_TIME_POSTS = 25;

  private static void staff(AllianceSetup s, Partners p, long seed) {
    ContractedHours hours = ContractedHours.of(seed, FULL_TIME_POSTS, 40, "37.5", 10, "30", 20, "22.5", 20, "18.75", 10, "15",
        10, "11.25");
    UUID realise = s.team(p.council(), "Realise Community Team", TeamType.F06);
    s.feature("manager", s.staff(p.council(), realise, StaffRole.MANAGER, "Team manager", hours.fullTime()));
    s.feature("panel", s.staff(p.council(), realise, StaffRole.SOCIAL_WORKER, "Social worker", hours.fullTime()));
    s.staff(p.council(), realise, StaffRole.SOCIAL_WORKER, "Social worker", 2, hours::fullTime);
    s.staff(p.trust(), realise, StaffRole.NURSE, "Community mental health nurse", 3, hours::fullTime);
    s.staff(p.trust(), realise, StaffRole.OCCUPATIONAL_THERAPIST, "Occupational therapist", 1, hours::fullTime);
    s.feature("worker", s.staff(p.aireValley(), realise, StaffRole.SUPPORT_WORKER, "Community support worker",
        hours.next()));
    s.staff(p.chapeltown(), realise, StaffRole.SUPPORT_WORKER, "Community support worker", 5, hours::next);
    s.staff(p.peerNetwork(), realise, StaffRole.PEER_WORKER, "Peer support worker", 2, hours::next);
    UUID employment = s.team(p.trust(), "City-wide employment team", TeamType.D05);
    s.staff(p.trust(), employment, StaffRole.MANAGER, "IPS team leader", 1, hours::fullTime);
    s.staff(p.trust(), employment, StaffRole.EMPLOYMENT_SPECIALIST, "Employment specialist", 8, hours::fullTime);
    s.staff(p.trust(), employment, StaffRole.ADMINISTRATOR, "Administrator", 1, hours::next);
    UUID base = s.team(p.council(), "Burley building base team", TeamType.A01);
    s.staff(p.council(), base, StaffRole.MANAGER, "Centre manager", 1, hours::fullTime);
    s.staff(p.council(), base, StaffRole.SUPPORT_WORKER, "Day services officer", 8, hours::next);
    s.staff(p.council(), base, StaffRole.OCCUPATIONAL_THERAPIST, "Occupational therapist", 1, hours::fullTime);
    s.staff(p.trust(), base, StaffRole.PSYCHOLOGIST, "Group therapist", 1, hours::fullTime);
    s.staff(p.peerNetwork(), base, StaffRole.PEER_WORKER, "Peer support worker", 1, hours::next);
    dayTeam(s, p.council(), "Council day services team", 19, 0, 2, hours);
    dayTeam(s, p.aireValley(), "Aire Valley drop-in team", 13, 2, 0, hours);
    dayTeam(s, p.chapeltown(), "Chapeltown Community Project team", 11, 2, 0, hours);
    dayTeam(s, p.peerNetwork(), "Leeds Peer Network team", 0, 9, 0, hours);
    dayTeam(s, p.kirkstall(), "Kirkstall Pathways team", 7, 1, 1, hours);
    if (hours.left() != 0) {
      throw new IllegalStateException(hours.left() + " contracted hours were not given to anyone");
    }
  }

  private static void dayTeam(AllianceSetup s, UUID organisation, String name, int supportWorkers, int peers,
      int administrators, ContractedHours hours) {
    UUID team = s.team(organisation, name, TeamType.A01);
    s.staff(organisation, team, StaffRole.MANAGER, "Service manager", 1, hours::fullTime);
    s.staff(organisation, team, StaffRole.SUPPORT_WORKER, "Day services worker", supportWorkers, hours::next);
    s.staff(organisation, team, StaffRole.PEER_WORKER, "Peer support worker", peers, hours::next);
    s.staff(organisation, team, StaffRole.ADMINISTRATOR, "Administrator", administrators, hours::next);
  }
}
