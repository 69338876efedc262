package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral was allocated: by a panel decision, or by a place offered from a waiting list. Published inside
 * the deciding transaction; listeners react after it commits. The service is the lead service of the
 * allocation (the first one chosen); every service chosen has its own allocation row.
 */
public record ReferralAllocated(
    UUID allianceId,
    UUID referralId,
    UUID personId,
    UUID serviceId,
    UUID keyWorkerStaffId,
    List<TeamMemberChoice> members,
    LocalDate startDate,
    String decidedBy) {

  public ReferralAllocated {
    members = List.copyOf(members);
  }
}
