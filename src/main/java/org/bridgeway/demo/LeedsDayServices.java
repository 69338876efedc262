package org.bridgeway.demo;

import static org.bridgeway.alliance.CapacityUnit.PLACES;

import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.demo.LeedsAlliance.Partners;
import org.bridgeway.demo.LeedsAlliance.Places;

/**
 * The fourteen day services of the Leeds-like alliance and their opening times (days 1 Monday to 7 Sunday),
 * with drop-ins open in the evenings and at weekends too, and its two city teams.
 */
final class LeedsDayServices {

  private LeedsDayServices() {}

  static void open(AllianceSetup s, Partners p, Places l) {
    eastNorthEast(s, p, l);
    westAndSouth(s, p, l);
    cityCentre(s, p, l);
  }

  private static void eastNorthEast(AllianceSetup s, Partners p, Places l) {
    ServiceDraft roundhay = s.service(p.council(), "Roundhay Road drop-in", ServiceKind.DROP_IN, l.eastNorthEast())
        .at("Roundhay Road, Leeds", "LS8 5AN").about("A safe place to drop in, with a hot lunch on weekdays.");
    weekdays(s, roundhay, "10:00", "16:00");
    ServiceDraft harehills = s.service(p.peerNetwork(), "Harehills evening drop-in", ServiceKind.DROP_IN,
        l.eastNorthEast()).userRun().at("Harehills Lane, Leeds", "LS9 6JE").about("Run by people who use services.");
    days(s, harehills, "17:30", "21:00", 2, 4);
    s.opening(harehills, 6, "12:00", "16:00");
    ServiceDraft women = s.service(p.chapeltown(), "Chapeltown women's drop-in", ServiceKind.DROP_IN,
        l.eastNorthEast()).womenOnly().specialist("Women only").at("Chapeltown Road, Leeds", "LS7 3HY");
    days(s, women, "10:00", "14:00", 1, 3);
    ServiceDraft caribbean = s.service(p.chapeltown(), "African and Caribbean drop-in", ServiceKind.DROP_IN,
        l.eastNorthEast()).specialist("For African and Caribbean communities").at("Chapeltown Road, Leeds", "LS7 4BZ");
    days(s, caribbean, "11:00", "15:00", 2, 5, 6);
    ServiceDraft southAsian = s.service(p.chapeltown(), "South Asian wellbeing drop-in", ServiceKind.DROP_IN,
        l.eastNorthEast()).specialist("For South Asian communities; Urdu and Punjabi spoken")
        .at("Harehills Road, Leeds", "LS8 5HS");
    s.opening(southAsian, 4, "10:00", "14:00");
    s.opening(southAsian, 7, "13:00", "16:00");
  }

  private static void westAndSouth(AllianceSetup s, Partners p, Places l) {
    ServiceDraft kirkstall = s.service(p.kirkstall(), "Kirkstall weekend drop-in", ServiceKind.DROP_IN, l.west())
        .at("Kirkstall Road, Leeds", "LS5 3BT");
    days(s, kirkstall, "11:00", "16:00", 6, 7);
    ServiceDraft armley = s.service(p.council(), "Armley drop-in", ServiceKind.DROP_IN, l.west())
        .at("Town Street, Leeds", "LS12 3HD");
    days(s, armley, "09:30", "15:30", 1, 3, 5);
    ServiceDraft voices = s.service(p.peerNetwork(), "Bramley hearing voices drop-in", ServiceKind.DROP_IN,
        l.west()).userRun().specialist("For people who hear voices").at("Stanningley Road, Leeds", "LS13 3EP");
    s.opening(voices, 3, "18:00", "20:30");
    ServiceDraft beeston = s.service(p.aireValley(), "Beeston drop-in", ServiceKind.DROP_IN, l.south())
        .at("Beeston Road, Leeds", "LS11 6AB");
    days(s, beeston, "10:00", "15:00", 1, 2, 3, 4);
    ServiceDraft hunslet = s.service(p.aireValley(), "Hunslet Sunday drop-in", ServiceKind.DROP_IN, l.south())
        .userRun().at("Low Road, Leeds", "LS10 1QR");
    s.opening(hunslet, 7, "12:00", "17:00");
    ServiceDraft base = s.service(p.council(), "Burley building base", ServiceKind.BUILDING_BASE, l.west())
        .capacity(60, PLACES).at("Burley Road, Leeds", "LS4 2HR")
        .about("A safe space with therapeutic groups, a preparation for other parts of the service, and links "
            + "with primary care and the community mental health teams.");
    weekdays(s, base, "09:00", "17:00");
    ServiceDraft allotment = s.service(p.kirkstall(), "Meanwood allotment and art studio", ServiceKind.DAY_SERVICE,
        l.west()).at("Meanwood Road, Leeds", "LS6 4AT").about("Growing food and making art together.");
    days(s, allotment, "10:00", "15:00", 2, 3, 4);
  }

  private static void cityCentre(AllianceSetup s, Partners p, Places l) {
    ServiceDraft evening = s.service(p.aireValley(), "City centre evening drop-in", ServiceKind.DROP_IN,
        l.cityCentre()).at("Vicar Lane, Leeds", "LS2 7JF").about("A calm place in the evening when things are hard.");
    weekdays(s, evening, "18:00", "22:00");
    ServiceDraft lgbt = s.service(p.peerNetwork(), "LGBT+ peer drop-in", ServiceKind.DROP_IN, l.cityCentre())
        .userRun().specialist("For lesbian, gay, bisexual and trans people").at("Call Lane, Leeds", "LS1 6DT");
    s.opening(lgbt, 3, "18:30", "21:00");
    s.service(p.council(), "Realise Community Team", ServiceKind.COMMUNITY_TEAM, l.eastNorthEast())
        .capacity(200, PLACES).at("Roundhay Road, Leeds", "LS8 5AN")
        .about("Assessments, person-centred plans, support for the drop-ins and community capacity building.");
    s.service(p.trust(), "City-wide employment team", ServiceKind.EMPLOYMENT_TEAM, l.cityCentre())
        .capacity(160, PLACES).at("Park Square, Leeds", "LS1 2NE")
        .about("Individual Placement and Support: help to find and keep paid work, linked with vocational services.");
  }

  private static void weekdays(AllianceSetup s, ServiceDraft service, String opens, String closes) {
    days(s, service, opens, closes, 1, 2, 3, 4, 5);
  }

  private static void days(AllianceSetup s, ServiceDraft service, String opens, String closes, int... days) {
    for (int day : days) {
      s.opening(service, day, opens, closes);
    }
  }
}
