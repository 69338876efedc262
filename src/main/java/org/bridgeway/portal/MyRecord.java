package org.bridgeway.portal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeam;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.TeamMember;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own record as they see it: their home page, their team with how to reach them, and where they
 * live with their journey so far. Always the signed-in person's own record; each read goes through the owning
 * module's service, which checks it is theirs and audits it.
 */
@Service
public class MyRecord {

  static final String HOME = "MyRecord";

  private final CareTeams careTeams;
  private final Staff staff;
  private final Stays stays;
  private final Moves moves;
  private final MyNotes notes;
  private final AccessLog accessLog;
  private final AuditTrail audit;

  MyRecord(CareTeams careTeams, Staff staff, Stays stays, Moves moves, MyNotes notes, AccessLog accessLog,
      AuditTrail audit) {
    this.careTeams = careTeams;
    this.staff = staff;
    this.stays = stays;
    this.moves = moves;
    this.notes = notes;
    this.accessLog = accessLog;
    this.audit = audit;
  }

  @Transactional
  public MySummary summary(CurrentUser user) {
    UUID me = Me.of(user);
    audit.record(user, user.alliance(), AuditAction.VIEW, HOME, me, me, "Their home page");
    MyTeam team = team(user);
    MyPathway pathway = pathway(user);
    return new MySummary(user.displayName(), notes.newSinceLastRead(user),
        team.current().stream().filter(TeamContact::keyWorker).map(TeamContact::name).findFirst().orElse(null),
        team.current().size(), pathway.now().isEmpty() ? null : pathway.now().get(0).sentence(),
        pathway.move() == null ? null : pathway.move().to(), accessLog.lastByOthers(user));
  }

  /** The person's team today, key worker first, then by when they joined; and who has left it. */
  @Transactional
  public MyTeam team(CurrentUser user) {
    CareTeam team = careTeams.team(user, Me.of(user));
    Comparator<TeamMember> keyWorkerFirst = Comparator.comparing((TeamMember m) -> !m.keyWorker())
        .thenComparing(TeamMember::startDate);
    return new MyTeam(team.current().stream().sorted(keyWorkerFirst).map(m -> contact(user, m, team.today())).toList(),
        team.past().stream().map(m -> contact(user, m, null)).toList());
  }

  /** Where the person lives now, where they lived before (earliest first), and their open move plan. */
  @Transactional
  public MyPathway pathway(CurrentUser user) {
    UUID me = Me.of(user);
    List<PlaceLived> places = stays.ofPerson(user, me).stream().map(MyRecord::place).toList();
    MoveAhead move = moves.ofPerson(user, me).stream().filter(MovePlan::open).findFirst()
        .map(MyRecord::move).orElse(null);
    List<PlaceLived> now = places.stream().filter(p -> p.until() == null)
        .sorted(Comparator.comparing(PlaceLived::hospital)).toList();
    return new MyPathway(now, places.stream().filter(p -> p.until() != null).toList(), move);
  }

  static PlaceLived place(Stay stay) {
    return PlaceLived.of(stay.serviceName(), PlainWords.place(stay.serviceKind()), stay.startDate(),
        stay.endDate(), stay.serviceKind().hospital());
  }

  private static MoveAhead move(MovePlan plan) {
    return new MoveAhead(plan.toServiceName(), PlainWords.place(plan.toServiceKind()), plan.targetDate(),
        plan.readiness() == Readiness.READY, plan.visits().stream().filter(v -> !v.voided())
            .map(v -> new MoveAhead.VisitSoFar(v.visitDate(), v.kind().label(), v.withWhom())).toList());
  }

  /** Only what the person needs to reach a member: never their hours, contract or anything else on file. */
  private TeamContact contact(CurrentUser user, TeamMember member, @Nullable LocalDate currentOn) {
    StaffMember worker = null;
    try {
      worker = staff.get(user.alliance(), member.staffId());
    } catch (RecordNotFound e) {
      // A member whose staff record is gone is still shown by name, without contact details.
    }
    boolean reachable = currentOn != null && worker != null && (worker.endDate() == null
        || !worker.endDate().isBefore(currentOn));
    return new TeamContact(member.staffName(), member.keyWorker() ? "Key worker" : member.role().label(),
        member.keyWorker(), member.organisationName(), worker == null ? null : worker.teamName(),
        reachable ? worker.email() : null, member.startDate());
  }
}
