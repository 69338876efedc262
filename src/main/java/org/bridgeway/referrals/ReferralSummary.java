package org.bridgeway.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as a list shows it: who, what was asked for, how urgent, since when, where it is now and the
 * latest entry on its timeline; {@link #duplicate()} when another open referral asks the same for the person.
 */
public record ReferralSummary(
    UUID id,
    UUID personId,
    String personName,
    ReferralSource source,
    String referrerName,
    String referredBy,
    LocalDate receivedOn,
    Urgency urgency,
    ReferralStatus status,
    @Nullable String statusReason,
    boolean panelToDecide,
    String services,
    @Nullable LocalDate decidedOn,
    @Nullable LocalDate firstContactOn,
    boolean duplicate,
    @Nullable TimelineEntry latest) {

  /** What was asked for, in words: the services, or the panel to decide. */
  public String askedFor() {
    if (services.isEmpty()) {
      return "The panel to decide";
    }
    return panelToDecide ? services + " (or as the panel decides)" : services;
  }

  /** Whole days from receipt to the given day. */
  public long daysWaitingOn(LocalDate day) {
    return ChronoUnit.DAYS.between(receivedOn, day);
  }

  public @Nullable Instant latestAt() {
    return latest == null ? null : latest.occurredAt();
  }
}
