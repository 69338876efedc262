package org.bridgeway.careteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.RecordAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may open a person's full record (issue 3, "Rules that must hold"), always within the user's own
 * alliance:
 * <ul>
 *   <li><b>Practitioner:</b> while on the person's care team today (started, and not yet ended), or while the
 *       person is on the list of a service the worker works in: an allocation (a place, or a place on the
 *       waiting list) not yet ended, to a service run by the worker's own organisation. "Works in" means
 *       employed by the organisation that runs the service.</li>
 *   <li><b>Service manager:</b> as a practitioner, and also while anyone from the manager's organisation is
 *       on the person's care team: the manager answers for their organisation's caseload.</li>
 *   <li><b>Referrals panel member:</b> while the person has a referral awaiting the panel (the current
 *       agenda), or while on the care team; once the panel has decided, the right ends.</li>
 *   <li><b>Practitioner and service manager, through another module:</b> whatever a {@link RecordAccessGrant}
 *       bean grants, such as a registration with a day service run by the worker's organisation while the
 *       registration lasts (see the day services module).</li>
 *   <li><b>Alliance administrator:</b> every record, as the one who keeps the records; every read is audited
 *       like anyone else's.</li>
 *   <li><b>Person:</b> their own record only. <b>Commissioner</b> and installation administrator: never.</li>
 * </ul>
 * A worker's days on a team run from the start date up to the day before the end date. The allocation and
 * referral tables belong to the referrals module and are only read here.
 */
@Component
class RecordAccessPolicy implements RecordAccess {

  private static final String ON_TEAM = """
      exists (select 1 from care_team_member m where m.alliance_id = :alliance and m.person_id = :person
              and m.staff_id = :staff and m.start_date <= :today and (m.end_date is null or m.end_date > :today))""";
  private static final String ON_SERVICE_LIST = """
      exists (select 1 from allocation a
              join service v on v.alliance_id = a.alliance_id and v.id = a.service_id
              join staff s on s.alliance_id = a.alliance_id and s.id = :staff
              where a.alliance_id = :alliance and a.person_id = :person and a.kind in ('ALLOCATED', 'WAITING_LIST')
              and (a.ended_on is null or a.ended_on > :today) and v.organisation_id = s.organisation_id)""";
  private static final String ORGANISATION_ON_TEAM = """
      exists (select 1 from care_team_member m
              join staff colleague on colleague.alliance_id = m.alliance_id and colleague.id = m.staff_id
              join staff s on s.alliance_id = m.alliance_id and s.id = :staff
              where m.alliance_id = :alliance and m.person_id = :person and m.start_date <= :today
              and (m.end_date is null or m.end_date > :today) and colleague.organisation_id = s.organisation_id)""";
  private static final String ON_AGENDA = """
      exists (select 1 from referral r where r.alliance_id = :alliance and r.person_id = :person
              and r.status = 'AWAITING_PANEL')""";

  /** Matches no member of staff, for a user who is none: only the panel's agenda can then apply. */
  private static final UUID NO_STAFF = new UUID(0, 0);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectProvider<RecordAccessGrant> grants;

  RecordAccessPolicy(JdbcClient jdbc, Clock clock, ObjectProvider<RecordAccessGrant> grants) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.grants = grants;
  }

  @Override
  public boolean mayOpen(CurrentUser user, UUID personId) {
    if (user.allianceId() == null) {
      return false;
    }
    return switch (user.role()) {
      case ADMIN -> true;
      case PERSON -> personId.equals(user.personId());
      case PRACTITIONER -> asks(user, personId, ON_TEAM + " or " + ON_SERVICE_LIST) || granted(user, personId);
      case MANAGER -> asks(user, personId, ON_TEAM + " or " + ON_SERVICE_LIST + " or " + ORGANISATION_ON_TEAM)
          || granted(user, personId);
      case PANEL_MEMBER -> asks(user, personId, ON_AGENDA + " or " + ON_TEAM);
      case COMMISSIONER, INSTALLATION_ADMIN -> false;
    };
  }

  /** Whether another module's relationship lets the worker open the record today; only for a member of staff. */
  private boolean granted(CurrentUser user, UUID personId) {
    UUID staffId = user.staffId();
    if (staffId == null) {
      return false;
    }
    LocalDate today = LocalDate.now(clock);
    return grants.orderedStream().anyMatch(grant -> grant.grants(user, staffId, personId, today));
  }

  private boolean asks(CurrentUser user, UUID personId, String condition) {
    return Boolean.TRUE.equals(jdbc.sql("select " + condition)
        .param("alliance", user.alliance()).param("person", personId).param("staff", user.staffId() == null ? NO_STAFF : user.staffId())
        .param("today", LocalDate.now(clock))
        .query(Boolean.class).single());
  }
}
