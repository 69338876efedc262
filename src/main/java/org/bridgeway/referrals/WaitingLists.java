package org.bridgeway.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.internal.AllocationStore;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services' waiting lists: who the panel put on which list, since when. Offering a place (administrators
 * and service managers) allocates the referral, ends every waiting-list place it held and publishes
 * {@link ReferralAllocated}, in one transaction.
 */
@Service
public class WaitingLists {

  private final AllocationStore allocations;
  private final Referrals referrals;
  private final StaffChoices staff;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WaitingLists(AllocationStore allocations, Referrals referrals, StaffChoices staff, ApplicationEventPublisher events,
      Clock clock) {
    this.allocations = allocations;
    this.referrals = referrals;
    this.staff = staff;
    this.events = events;
    this.clock = clock;
  }

  public List<WaitingListEntry> all(CurrentUser user) {
    return allocations.waiting(user.alliance());
  }

  public WaitingListEntry entry(CurrentUser user, UUID id) {
    return allocations.waitingEntry(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Waiting list place"));
  }

  @Transactional
  public void offerPlace(CurrentUser user, UUID entryId, int referralVersion, @Nullable UUID keyWorkerStaffId,
      @Nullable LocalDate startDate) {
    Panels.requireManager(user);
    WaitingListEntry entry = entry(user, entryId);
    List<FieldProblem> problems = new ArrayList<>();
    if (keyWorkerStaffId == null) {
      problems.add(new FieldProblem("keyWorkerStaffId", "Choose the key worker"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date the place starts, like 27 3 2026"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    staff.require(user.alliance(), keyWorkerStaffId, "keyWorkerStaffId");
    String reason = "Offered a place at " + entry.serviceName();
    referrals.move(user, entry.referralId(), referralVersion, ReferralStatus.ALLOCATED, reason, "PLACE_OFFERED");
    LocalDate today = LocalDate.now(clock);
    allocations.endWaiting(user.alliance(), entry.referralId(), today, reason);
    allocations.insert(user.alliance(), entry.referralId(), entry.personId(), entry.serviceId(), "ALLOCATED", today);
    events.publishEvent(new ReferralAllocated(user.alliance(), entry.referralId(), entry.personId(),
        entry.serviceId(), keyWorkerStaffId, List.of(), startDate, user.username()));
  }
}
