package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.careteam.CareTeamBulkWriter;
import org.bridgeway.careteam.CareTeamBulkWriter.Membership;
import org.bridgeway.careteam.TeamRole;
import org.springframework.stereotype.Component;

/**
 * Care teams for the demo sign-ins, so that each opens records: the demo worker is on the teams of the first
 * {@value #CASELOAD} people generated (the featured person among them), key worker to every other one; one
 * earlier membership has ended, to show a past member. The panel's member of staff joins the teams of the
 * next few as care coordinator, so a manager of that organisation sees them too. The people are found again
 * by generating them afresh from the same seed, which gives the same ids.
 */
@Component
class DemoCareTeams {

  static final int CASELOAD = 20;
  private static final int COORDINATED = 10;

  private final CareTeamBulkWriter writer;

  DemoCareTeams(CareTeamBulkWriter writer) {
    this.writer = writer;
  }

  void write(UUID alliance, DemoAlliance blueprint, long seed, LocalDate today, Map<String, UUID> staff,
      long peopleWritten) {
    int count = (int) Math.min(peopleWritten, CASELOAD + COORDINATED);
    List<UUID> people = new ArrayList<>(count);
    new SyntheticPeople(blueprint.area(), seed, count, today, p -> p).forEachRemaining(p -> people.add(p.id()));
    List<Membership> memberships = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      LocalDate since = today.minusDays(30L + 17L * i);
      if (i < CASELOAD) {
        boolean key = i % 2 == 0;
        memberships.add(new Membership(people.get(i), staff.get("worker"), key ? TeamRole.KEY_WORKER
            : TeamRole.SUPPORT_WORKER, key, since, null, null));
      } else {
        memberships.add(new Membership(people.get(i), staff.get("panel"), TeamRole.CARE_COORDINATOR, false, since,
            null, null));
      }
    }
    if (people.size() > CASELOAD) {
      memberships.add(new Membership(people.get(CASELOAD), staff.get("worker"), TeamRole.SUPPORT_WORKER, false,
          today.minusYears(1), today.minusDays(14), "Support finished: moved on to floating support"));
    }
    writer.write(alliance, memberships, "demo");
  }
}
