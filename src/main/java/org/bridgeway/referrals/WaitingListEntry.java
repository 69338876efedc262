package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.UUID;

/** A person on a service's waiting list, since the panel put them there. */
public record WaitingListEntry(UUID id, UUID referralId, int referralVersion, UUID personId, String personName,
    UUID serviceId, String serviceName, LocalDate since, Urgency urgency) {

  public long daysWaiting(LocalDate today) {
    return java.time.temporal.ChronoUnit.DAYS.between(since, today);
  }
}
