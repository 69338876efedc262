package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's vocational status from a date, as recorded. */
public record VocationalStatus(UUID id, UUID personId, LocalDate date, EmploymentStatus status, boolean volunteering,
    boolean education, boolean training, @Nullable BigDecimal hoursAWeek, @Nullable String place, String recordedBy,
    Instant recordedAt) {

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
