package org.bridgeway.demo;

import static org.bridgeway.alliance.CapacityUnit.BEDS;
import static org.bridgeway.alliance.CapacityUnit.FLATS;
import static org.bridgeway.alliance.CapacityUnit.PLACES;
import static org.bridgeway.demo.ContractedHours.FULL_TIME;
import static org.bridgeway.demo.ContractedHours.cycling;

import java.util.UUID;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.TeamType;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;

/**
 * A Lambeth-like alliance on the lines of IPSA: the trust's rehabilitation ward, residential, nursing and
 * out-of-borough placements, then the stepped housing pathway (the community recovery service, staffed
 * studio flats, the women-only supported living service, floating support), with the Alliance Rehabilitation
 * Team alongside the person throughout. The care-home providers are made up; the partners are the seed's.
 */
final class LambethAlliance implements DemoAlliance {

  @Override
  public String name() {
    return "Lambeth Integrated Personalised Support Alliance";
  }

  @Override
  public String shortName() {
    return "lambeth";
  }

  @Override
  public Area area() {
    return Area.LAMBETH;
  }

  @Override
  public void setUp(AllianceSetup s, long seed) {
    UUID slam = s.organisation("South London and Maudsley NHS Foundation Trust", Sector.NHS, "RV5", "slam.example");
    UUID council = s.organisation("Lambeth Council Adult Social Care", Sector.LOCAL_AUTHORITY, "", "lambeth.example");
    s.organisation("NHS South East London (Lambeth commissioners)", Sector.COMMISSIONER, "QKK", "selondon.example");
    UUID certitude = s.organisation("Certitude", Sector.VOLUNTARY, "", "certitude.example");
    UUID thamesReach = s.organisation("Thames Reach", Sector.VOLUNTARY, "", "thamesreach.example");
    UUID homes = s.organisation("Brockwell Care Homes Ltd", Sector.PRIVATE, "", "brockwellcare.example");
    UUID away = s.organisation("Weald and Coast Care Group Ltd", Sector.PRIVATE, "", "wealdcoast.example");
    UUID north = s.locality("North Lambeth", false);
    UUID central = s.locality("Central Lambeth", false);
    UUID south = s.locality("South Lambeth", false);
    s.locality("Brixton pilot area", true);
    UUID outside = s.locality("Outside Lambeth", false);
    services(s, slam, certitude, thamesReach, central);
    careHomes(s, homes, away, north, south, outside);
    teams(s, slam, council, certitude, thamesReach);
    hospital(s, slam, certitude, central);
  }

  /** Beside the ladder: the acute wards a person may be admitted to for a while, and the crisis house. */
  private static void hospital(AllianceSetup s, UUID slam, UUID certitude, UUID central) {
    s.service(slam, "Acute wards, Lambeth Hospital", ServiceKind.ACUTE_WARD, central)
        .capacity(s.places(18), BEDS).weeklyCost(4200).at("Landor Road, London", "SW9 9NA")
        .about("Adult acute admission wards; a person keeps their home or place while they are here.");
    s.service(certitude, "Brixton crisis house", ServiceKind.CRISIS_ALTERNATIVE, central)
        .capacity(s.places(6), BEDS).weeklyCost(1800).at("Brixton Hill, London", "SW2 1QX")
        .about("A short stay in a calm house, staffed day and night, as an alternative to admission.");
  }

  private static void services(AllianceSetup s, UUID slam, UUID certitude, UUID thamesReach, UUID central) {
    s.service(slam, "Rehabilitation ward, Lambeth Hospital", ServiceKind.INPATIENT_REHABILITATION, central)
        .capacity(s.places(17), BEDS).weeklyCost(3400).stayMonths(6, 12).at("Landor Road, London", "SW9 9NA")
        .about("Inpatient rehabilitation for people whose recovery needs a ward for a while.");
    s.service(certitude, "The Turrets community recovery service", ServiceKind.COMMUNITY_RECOVERY, central)
        .capacity(s.places(10), PLACES).weeklyCost(950).stayMonths(6, 9).at("Brixton Hill, London", "SW2 1QX")
        .about("An alternative to hospital admission and a step down from the rehabilitation wards.");
    s.service(certitude, "Brixton staffed studio flats", ServiceKind.STAFFED_FLATS, central)
        .capacity(s.places(9), FLATS).weeklyCost(600).stayMonths(12, 18).at("Coldharbour Lane, London", "SW9 8RR")
        .about("Self-contained studio flats, staffed 24 hours a day, above the creative hub in Brixton.");
    s.service(thamesReach, "Women's supported living service", ServiceKind.SUPPORTED_LIVING, central)
        .capacity(s.places(12), BEDS).weeklyCost(720).stayMonths(12, 24).womenOnly()
        .at("Tulse Hill, London", "SW2 2TE")
        .about("Bedrooms for women stepping down from residential care, with yoga, chair exercises, "
            + "confidence building and pamper sessions.");
    s.service(thamesReach, "Floating support", ServiceKind.FLOATING_SUPPORT, central)
        .capacity(s.places(80), PLACES).weeklyCost(150).stayMonths(6, 24)
        .about("Support for people living in their own homes, visiting as often as they need.");
    s.service(slam, "Alliance Rehabilitation Team", ServiceKind.REHABILITATION_TEAM, central)
        .capacity(150, PLACES).at("Landor Road, London", "SW9 9NA")
        .about("Nurses, social workers, occupational therapists, psychiatrists and voluntary-sector staff who "
            + "support people at home and on every step of the pathway.");
    s.service(slam, "Lambeth IPS employment service", ServiceKind.EMPLOYMENT_TEAM, central)
        .capacity(60, PLACES).at("Landor Road, London", "SW9 9NA")
        .about("Individual Placement and Support: help to find and keep paid work, working with the rehabilitation team.");
    ServiceDraft hub = s.service(certitude, "Brixton creative hub", ServiceKind.DAY_SERVICE, central)
        .at("Coldharbour Lane, London", "SW9 8RR").about("Art groups, exhibitions and community events.");
    for (int day = 2; day <= 6; day++) {
      s.opening(hub, day, "10:00", day == 4 ? "20:00" : "17:00");
    }
  }

  private static void careHomes(AllianceSetup s, UUID homes, UUID away, UUID north, UUID south, UUID outside) {
    s.service(homes, "Brockwell Lodge", ServiceKind.RESIDENTIAL_CARE, south)
        .capacity(s.places(14), BEDS).weeklyCost(1150).at("Norwood Road, London", "SE24 9AA");
    s.service(homes, "Tulse Hill House", ServiceKind.RESIDENTIAL_CARE, south)
        .capacity(s.places(10), BEDS).weeklyCost(1300).at("Tulse Hill, London", "SW2 3DS");
    s.service(homes, "Kennington Court", ServiceKind.RESIDENTIAL_CARE, north)
        .capacity(s.places(12), BEDS).weeklyCost(1050).at("Kennington Lane, London", "SE11 4HJ");
    s.service(homes, "Streatham Common Nursing Home", ServiceKind.NURSING_CARE, south)
        .capacity(s.places(20), BEDS).weeklyCost(1450).at("Streatham High Road, London", "SW16 3NE");
    s.service(away, "Out-of-borough residential placements (Kent)", ServiceKind.RESIDENTIAL_CARE, outside)
        .capacity(s.places(25), PLACES).weeklyCost(1750).outOfArea()
        .about("Spot-purchased care home places in Kent.");
    s.service(away, "Out-of-borough nursing placements (Sussex)", ServiceKind.NURSING_CARE, outside)
        .capacity(s.places(10), PLACES).weeklyCost(1950).outOfArea()
        .about("Spot-purchased nursing home places in Sussex.");
  }

  private static void teams(AllianceSetup s, UUID slam, UUID council, UUID certitude, UUID thamesReach) {
    UUID art = s.team(slam, "Alliance Rehabilitation Team", TeamType.A09);
    s.feature("manager", s.staff(slam, art, StaffRole.MANAGER, "Team manager", FULL_TIME));
    s.feature("worker", s.staff(slam, art, StaffRole.NURSE, "Community mental health nurse", FULL_TIME));
    s.staff(slam, art, StaffRole.NURSE, "Community mental health nurse", 3, cycling("37.5", "30"));
    s.staff(slam, art, StaffRole.PSYCHIATRIST, "Consultant psychiatrist", 2, cycling("37.5", "22.5"));
    s.staff(slam, art, StaffRole.OCCUPATIONAL_THERAPIST, "Occupational therapist", 2, cycling("37.5", "30"));
    s.staff(slam, art, StaffRole.PSYCHOLOGIST, "Clinical psychologist", 1, cycling("22.5"));
    s.feature("panel", s.staff(council, art, StaffRole.SOCIAL_WORKER, "Social worker", FULL_TIME));
    s.staff(council, art, StaffRole.SOCIAL_WORKER, "Social worker", 2, cycling("37.5", "30"));
    s.staff(certitude, art, StaffRole.SUPPORT_WORKER, "Recovery support worker", 4, cycling("37.5", "30"));
    s.staff(thamesReach, art, StaffRole.PEER_WORKER, "Peer support worker", 2, cycling("22.5", "18.75"));
    s.staff(slam, art, StaffRole.ADMINISTRATOR, "Team administrator", 1, cycling("30"));
    s.staff(slam, art, StaffRole.EMPLOYMENT_SPECIALIST, "Employment specialist", 3, cycling("37.5"));
    UUID ward = s.team(slam, "Rehabilitation ward team", TeamType.ZZ);
    s.staff(slam, ward, StaffRole.MANAGER, "Ward manager", 1, cycling("37.5"));
    s.staff(slam, ward, StaffRole.NURSE, "Staff nurse", 6, cycling("37.5", "37.5", "30"));
    s.staff(slam, ward, StaffRole.SUPPORT_WORKER, "Healthcare assistant", 4, cycling("37.5", "22.5"));
    s.staff(slam, ward, StaffRole.OCCUPATIONAL_THERAPIST, "Occupational therapist", 1, cycling("37.5"));
    housingTeam(s, certitude, "The Turrets team", 6);
    housingTeam(s, certitude, "Brixton flats team", 7);
    housingTeam(s, thamesReach, "Women's supported living team", 6);
    housingTeam(s, thamesReach, "Floating support team", 5);
  }

  private static void housingTeam(AllianceSetup s, UUID organisation, String name, int supportWorkers) {
    UUID team = s.team(organisation, name, TeamType.ZZ);
    s.staff(organisation, team, StaffRole.MANAGER, "Service manager", 1, cycling("37.5"));
    s.staff(organisation, team, StaffRole.SUPPORT_WORKER, "Support worker", supportWorkers,
        cycling("37.5", "37.5", "30", "22.5"));
    s.staff(organisation, team, StaffRole.PEER_WORKER, "Peer support worker", 1, cycling("18.75"));
  }

  @Override
  public NewPerson featured(NewPerson generated) {
    return FeaturedPerson.desmond(generated);
  }
}
