package org.bridgeway.careteam;

import java.util.Objects;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.internal.CareTeamStore;
import org.bridgeway.referrals.ReferralAllocated;
import org.bridgeway.referrals.TeamMemberChoice;
import org.bridgeway.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the panel allocates, the allocation makes the team: the key worker it names becomes the person's key
 * worker (a different key worker before them leaves the team, for that reason, on the day the new one
 * starts), and every member it names joins with their role from the start date. Anyone already on the team
 * stays as they are, so the same allocation heard twice changes nothing. The changes are audited as the
 * panel member who decided, in a transaction of its own once the decision is saved.
 */
@Component
class AllocationMakesTheTeam {

  private static final Logger log = LoggerFactory.getLogger(AllocationMakesTheTeam.class);

  private final CareTeams teams;
  private final CareTeamStore store;

  AllocationMakesTheTeam(CareTeams teams, CareTeamStore store) {
    this.teams = teams;
    this.store = store;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ReferralAllocated allocation) {
    CurrentUser panel = new CurrentUser(new UUID(0, 0), allocation.decidedBy(), allocation.decidedBy(),
        Role.PANEL_MEMBER, allocation.allianceId(), null, null, null);
    UUID keyWorker = allocation.keyWorkerStaffId();
    if (keyWorker != null) {
      nameKeyWorker(panel, allocation, keyWorker);
    }
    for (TeamMemberChoice choice : allocation.members()) {
      if (!Objects.equals(choice.staffId(), keyWorker)) {
        join(panel, allocation, new NewMember(choice.staffId(), TeamRole.fromCode(choice.role()), false,
            allocation.startDate()));
      }
    }
  }

  private void nameKeyWorker(CurrentUser panel, ReferralAllocated allocation, UUID keyWorker) {
    var current = store.openKeyWorker(allocation.allianceId(), allocation.personId());
    if (current.isPresent() && current.get().staffId().equals(keyWorker)) {
      return;
    }
    String reason = "Key worker changed by the panel's allocation of referral " + allocation.referralId();
    current.ifPresent(old -> teams.leave(panel, old, old.version(), later(old, allocation), reason));
    store.team(allocation.allianceId(), allocation.personId()).stream()
        .filter(m -> m.staffId().equals(keyWorker) && m.endDate() == null)
        .forEach(m -> teams.leave(panel, m, m.version(), later(m, allocation), "Became the key worker"));
    join(panel, allocation, new NewMember(keyWorker, TeamRole.KEY_WORKER, true, allocation.startDate()));
  }

  private void join(CurrentUser panel, ReferralAllocated allocation, NewMember member) {
    try {
      teams.join(panel, allocation.personId(), member);
    } catch (Refused e) {
      log.info("Allocation of referral {}: {} not added to the team: {}", allocation.referralId(),
          member.staffId(), e.getMessage());
    }
  }

  private static java.time.LocalDate later(TeamMember member, ReferralAllocated allocation) {
    return member.startDate().isAfter(allocation.startDate()) ? member.startDate() : allocation.startDate();
  }
}
