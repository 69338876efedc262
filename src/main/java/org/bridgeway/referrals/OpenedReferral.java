package org.bridgeway.referrals;

import java.util.List;

/**
 * A referral opened on its page: the referral, its timeline (oldest first), the duplicates the reader may see,
 * and how many duplicates there are in all.
 */
public record OpenedReferral(Referral referral, List<TimelineEntry> timeline, List<ReferralSummary> duplicates,
    long duplicateCount) {

  public boolean duplicated() {
    return duplicateCount > 0;
  }

  /** Duplicates held by organisations the reader cannot see into. */
  public long hiddenDuplicates() {
    return duplicateCount - duplicates.size();
  }
}
