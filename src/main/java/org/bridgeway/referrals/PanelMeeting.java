package org.bridgeway.referrals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting of the joint referrals panel, as scheduled. */
public record PanelMeeting(
    UUID id,
    LocalDate meetsOn,
    @Nullable LocalTime startsAt,
    @Nullable String location,
    @Nullable String chair,
    String createdBy,
    int version) {

  /** True while the meeting is today or still to come. */
  public boolean upcoming(LocalDate today) {
    return !meetsOn.isBefore(today);
  }
}
