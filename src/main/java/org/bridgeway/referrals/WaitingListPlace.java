package org.bridgeway.referrals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A person on a service's waiting list, since the day they were put on it. */
public record WaitingListPlace(UUID referralId, UUID personId, String personName, String service,
    LocalDate since) {

  public long daysWaitingOn(LocalDate day) {
    return ChronoUnit.DAYS.between(since, day);
  }
}
