package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's vocational status from a date, as recorded. It is changed only at the version read; a status entered
 * in error is voided with a reason, stays on the record for staff, and counts in no figure.
 */
public record VocationalStatus(UUID id, UUID personId, LocalDate date, EmploymentStatus status, boolean volunteering,
    boolean education, boolean training, @Nullable BigDecimal hoursAWeek, @Nullable String place, String recordedBy,
    Instant recordedAt, int version, @Nullable Instant voidedAt, @Nullable String voidedBy,
    @Nullable String voidReason) {

  /** A status as first recorded, neither changed nor voided. */
  public VocationalStatus(UUID id, UUID personId, LocalDate date, EmploymentStatus status, boolean volunteering,
      boolean education, boolean training, @Nullable BigDecimal hoursAWeek, @Nullable String place,
      String recordedBy, Instant recordedAt) {
    this(id, personId, date, status, volunteering, education, training, hoursAWeek, place, recordedBy, recordedAt,
        0, null, null, null);
  }

  public boolean voided() {
    return voidedAt != null;
  }

  /** In work, volunteering, education or training: by the code, or by the detail recorded beside it. */
  public boolean occupied() {
    return status.occupied() || volunteering || education || training;
  }

  public String detail() {
    StringBuilder s = new StringBuilder();
    if (volunteering) {
      s.append("volunteering, ");
    }
    if (education) {
      s.append("education, ");
    }
    if (training) {
      s.append("training, ");
    }
    return s.isEmpty() ? "" : s.substring(0, s.length() - 2);
  }
}
