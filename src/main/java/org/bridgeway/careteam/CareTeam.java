package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's team on a day: who is on it now (or joining later), and who has left it. */
public record CareTeam(UUID personId, LocalDate today, List<TeamMember> current, List<TeamMember> past) {

  static CareTeam of(UUID personId, LocalDate today, List<TeamMember> members) {
    return new CareTeam(personId, today, members.stream().filter(m -> m.currentOn(today)).toList(),
        members.stream().filter(m -> !m.currentOn(today)).toList());
  }

  public Optional<TeamMember> keyWorker() {
    return current.stream().filter(TeamMember::keyWorker).findFirst();
  }
}
