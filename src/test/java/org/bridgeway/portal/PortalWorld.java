package org.bridgeway.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewMovePlan;
import org.bridgeway.pathway.NewMoveVisit;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.pathway.Stays;
import org.bridgeway.pathway.VisitKind;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.springframework.stereotype.Component;

/**
 * Sam of the notes' world with a key worker who has a work email, a past stay in a recovery house, an open
 * stay at Coldharbour Lane flats since 3 March 2025, an open plan to move to Acre Lane floating support with
 * one visit held and one voided; and Bob, another person of the same alliance, whom Sam must never see.
 */
@Component
public class PortalWorld {

  public static final LocalDate MOVED_TO_FLATS = LocalDate.of(2025, 3, 3);

  private final NotesWorld notesWorld;
  private final Services services;
  private final Staff staff;
  private final CareTeams careTeams;
  private final Stays stays;
  private final Moves moves;
  private final People people;

  PortalWorld(NotesWorld notesWorld, Services services, Staff staff, CareTeams careTeams, Stays stays, Moves moves,
      People people) {
    this.notesWorld = notesWorld;
    this.services = services;
    this.staff = staff;
    this.careTeams = careTeams;
    this.stays = stays;
    this.moves = moves;
    this.people = people;
  }

  /** Who is who: the notes' world, the key worker's staff id, and Bob. */
  public record Portal(World w, UUID keyWorkerStaff, UUID bob) {

    public CurrentUser sam() {
      return w.samHimself();
    }

    public CurrentUser admin() {
      return w.alliance().admin;
    }
  }

  public Portal create() {
    World w = notesWorld.create();
    CurrentUser admin = w.alliance().admin;
    LocalDate today = stays.today();
    UUID dee = staff.add(admin, new StaffDetails(w.alliance().ours, null, "Dee", "Kamara", StaffRole.SUPPORT_WORKER,
        "Recovery worker", new BigDecimal("22.5"), true, today.minusYears(3), null, "dee.kamara@thamesreach.org.uk"));
    careTeams.add(admin, w.sam(), new NewMember(dee, TeamRole.KEY_WORKER, true, today.minusDays(5)));
    UUID flats = service(admin, w.alliance().ours, "Coldharbour Lane flats", ServiceKind.STAFFED_FLATS);
    UUID home = service(admin, w.alliance().theirs, "Acre Lane floating support", ServiceKind.FLOATING_SUPPORT);
    stays.record(admin, w.sam(), new NewStay(w.alliance().ourService, LocalDate.of(2024, 1, 10), null, null,
        MOVED_TO_FLATS, EndReason.MOVED_ON, "Coldharbour Lane flats"));
    UUID stay = stays.record(admin, w.sam(), new NewStay(flats, MOVED_TO_FLATS, null, null));
    UUID plan = moves.plan(admin, w.sam(), new NewMovePlan(stay, home, today.plusDays(30), Readiness.READY,
        today.minusDays(2), "The joint referrals panel"));
    moves.addVisit(admin, w.sam(), plan, new NewMoveVisit(today.minusDays(1), VisitKind.VISIT, "Jo from Acre Lane",
        "Looked round the flat"));
    UUID mistake = moves.addVisit(admin, w.sam(), plan, new NewMoveVisit(today.minusDays(1), VisitKind.MEAL,
        "Someone else", null));
    moves.voidVisit(admin, w.sam(), plan, mistake, "Recorded on the wrong plan");
    UUID bob = people.add(admin, new PersonDetails("Robert", "Quayle", "Bob", "2", "2", "1970", null, null, null,
        null, null, null, null, false, null, "1 Quiet Street", "SE5 9AA", null, null, null, null, null, null, null));
    return new Portal(w, dee, bob);
  }

  private UUID service(CurrentUser admin, UUID organisation, String name, ServiceKind kind) {
    return services.add(admin, new ServiceDetails(organisation, name, kind, false, null, null, null, null, null, null,
        false, false, false, null, null, null, null));
  }
}
