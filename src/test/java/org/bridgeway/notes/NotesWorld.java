package org.bridgeway.notes;

import java.util.UUID;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.springframework.stereotype.Component;

/**
 * A person with a worker of each of two organisations on their care team, a second worker of the first
 * organisation, and the person's own sign-in account, in a fresh alliance.
 */
@Component
public class NotesWorld {

  private final Scene scene;
  private final CareTeams careTeams;
  private final Accounts accounts;

  NotesWorld(Scene scene, CareTeams careTeams, Accounts accounts) {
    this.scene = scene;
    this.careTeams = careTeams;
    this.accounts = accounts;
  }

  /** Who is who in one alliance. */
  public record World(Scene.Alliance alliance, UUID sam, CurrentUser ourWorker, CurrentUser colleague,
      CurrentUser theirWorker, CurrentUser samHimself, String samUsername) {}

  public World create() {
    Scene.Alliance alliance = scene.create();
    UUID sam = alliance.person();
    CurrentUser ourWorker = worker(alliance, sam, alliance.ours, "Ade");
    CurrentUser colleague = worker(alliance, sam, alliance.ours, "Bola");
    CurrentUser theirWorker = worker(alliance, sam, alliance.theirs, "Chidi");
    String username = alliance.test.shortName() + "-sam-" + UUID.randomUUID().toString().substring(0, 6);
    UUID account = accounts.open(new NewAccount(username, Scene.PASSWORD, "Sam Okafor", Role.PERSON,
        alliance.test.id(), null, sam));
    CurrentUser samHimself = new CurrentUser(account, username, "Sam Okafor", Role.PERSON, alliance.test.id(),
        alliance.test.shortName(), null, sam);
    return new World(alliance, sam, ourWorker, colleague, theirWorker, samHimself, username);
  }

  private CurrentUser worker(Scene.Alliance alliance, UUID person, UUID organisation, String name) {
    UUID staff = alliance.staff(organisation, name);
    careTeams.add(alliance.admin, person, new NewMember(staff, TeamRole.SUPPORT_WORKER, false,
        scene.today().minusDays(10)));
    return alliance.user(Role.PRACTITIONER, staff);
  }
}
