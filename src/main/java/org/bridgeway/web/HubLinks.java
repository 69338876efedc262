package org.bridgeway.web;

import static org.bridgeway.access.Role.ADMIN;
import static org.bridgeway.access.Role.COMMISSIONER;
import static org.bridgeway.access.Role.MANAGER;
import static org.bridgeway.access.Role.PANEL_MEMBER;
import static org.bridgeway.access.Role.PRACTITIONER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bridgeway.access.Role;

/**
 * The pages listed under each {@link Hub}, and the roles each is listed for. Listing a page here opens nothing:
 * the security rules decide who may open it, and a page listed for a role must be open to it (RouteAccessTest
 * follows every link listed for every role).
 */
public final class HubLinks {

  /** A page in a hub. */
  public record HubLink(Hub hub, String label, String href, String description, Set<Role> roles) {}

  private static final Set<Role> RECORDS = EnumSet.of(ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER);

  static final List<HubLink> ALL = List.of(
      // The pathway
      new HubLink(Hub.PATHWAY, "Capacity board", "/pathway/board",
          "Places, vacancies now and expected, who is ready to move and which moves are delayed.", RECORDS),
      new HubLink(Hub.PATHWAY, "Lengths of stay", "/pathway/lengths-of-stay",
          "Stays longer than intended, and how long stays last at each service.", RECORDS),
      new HubLink(Hub.PATHWAY, "Plan reviews due", "/plans/reviews",
          "People whose support plan is due for review in the next four weeks, or overdue.", RECORDS),
      // Day services and work: day services and activities
      new HubLink(Hub.SERVICES, "Day services", "/day-services",
          "Drop-ins, groups and workshops: sessions, registers, registered people and regular attenders.", RECORDS),
      new HubLink(Hub.SERVICES, "Who the day services reach", "/day-services/figures",
          "People registered, regular attenders and people using more than one service, across the alliance.",
          RECORDS),
      // Day services and work: community directory and connections
      new HubLink(Hub.SERVICES, "Community directory", "/community",
          "Clubs, colleges, volunteering, faith and peer groups, employers, sport and arts, with opening times and "
              + "who they are for.", RECORDS),
      // Day services and work: work, learning and volunteering
      new HubLink(Hub.SERVICES, "Work, learning and volunteering", "/work",
          "Employment teams, their caseloads, employer contacts and IPS fidelity reviews.", RECORDS),
      // Day services and work: physical health checks
      new HubLink(Hub.SERVICES, "Health checks due", "/health-checks",
          "People whose annual physical health check is due in the next four weeks, or overdue.", RECORDS),
      // Day services and work: recovery outcomes
      new HubLink(Hub.SERVICES, "Outcome instruments", "/outcomes/instruments",
          "DIALOG and the other questionnaires the alliance uses to see how people are doing over time.", RECORDS),
      // Money
      new HubLink(Hub.MONEY, "Cost of care and budgets", "/money",
          "The cost of care for any period, and each financial year's budget, forecast and savings.",
          EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      new HubLink(Hub.MONEY, "Weekly rates", "/money/rates",
          "Each service's weekly rate over time; set a new rate from a date.", EnumSet.of(ADMIN, MANAGER)),
      // Figures
      new HubLink(Hub.ALLIANCE, "Alliance figures", "/figures",
          "Every alliance figure for a period against a year earlier, with its definition, target and status.",
          EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      new HubLink(Hub.ALLIANCE, "Charts of the alliance figures", "/figures/charts",
          "Each figure over time, occupancy, the flow between kinds of setting, waiting times and spend against "
              + "budget, each with a table of the same numbers.", EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      // Reports
      new HubLink(Hub.ALLIANCE, "Reports", "/reports",
          "Caseload, waiting, occupancy, length of stay and equality monitoring, to download as CSV or spreadsheets, "
              + "and the quarterly report for commissioners as a PDF.", EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      // Alliance: workforce, rota and recruitment
      new HubLink(Hub.ALLIANCE, "Workforce", "/workforce",
          "Staff, mean contracted hours, whole-time equivalents and lived-experience roles, by organisation, team "
              + "and service, on any day.", EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      new HubLink(Hub.ALLIANCE, "Rota", "/rota",
          "Shifts at the staffed services, who covers them, and the gaps.", EnumSet.of(ADMIN, MANAGER, PRACTITIONER)),
      new HubLink(Hub.ALLIANCE, "Recruitment panels", "/recruitment",
          "Interview panels for posts, and how often people who use services sat on them, chaired them and wrote "
              + "the questions.", EnumSet.of(ADMIN, MANAGER, COMMISSIONER)),
      // Alliance: co-production and governance
      new HubLink(Hub.ALLIANCE, "Service-user forum", "/governance/forum",
          "Forum meetings, who came, the issues raised and the actions that answer them, overdue ones first.",
          EnumSet.of(ADMIN, MANAGER, PRACTITIONER)),
      new HubLink(Hub.ALLIANCE, "Improvement initiatives and pilots", "/governance/initiatives",
          "Pilots and improvements: aims, area, milestones by year, how people who use services took part, outcomes.",
          EnumSet.of(ADMIN, MANAGER, PRACTITIONER, COMMISSIONER)),
      // Alliance: spreadsheet imports
      new HubLink(Hub.ALLIANCE, "Import a spreadsheet", "/imports",
          "Bring in people, stays, contacts and attendance from a CSV or Excel file, checked row by row first.",
          EnumSet.of(ADMIN, MANAGER)),
      // Alliance: exports
      new HubLink(Hub.ALLIANCE, "MHSDS extract", "/exports/mhsds",
          "A month of records in the shape of the Mental Health Services Data Set, as a zip of CSV files.",
          EnumSet.of(ADMIN, MANAGER)),
      // Alliance: partner systems' access to the FHIR API
      new HubLink(Hub.ALLIANCE, "API clients", "/admin/api-clients",
          "Partner systems that read or send records over the FHIR API: register one with its scopes, or revoke it.",
          EnumSet.of(ADMIN)),
      new HubLink(Hub.ALLIANCE, "Alliance set-up", "/admin",
          "Partners, localities, services, the pathway ladder, teams, staff and sign-in accounts.", EnumSet.of(ADMIN)),
      new HubLink(Hub.ALLIANCE, "Audit trail", "/admin/audit",
          "Every read and change of a record, and a check that the trail is intact.", EnumSet.of(ADMIN)));

  private HubLinks() {}

  static List<HubLink> in(Hub hub, Role role) {
    return ALL.stream().filter(link -> link.hub() == hub && link.roles().contains(role)).toList();
  }

  static boolean anyFor(Hub hub, Role role) {
    return !in(hub, role).isEmpty();
  }
}
