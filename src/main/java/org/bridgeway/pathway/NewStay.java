package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A stay to record: the service, the day it starts, the day it is planned to end, and, when the service is full
 * on any day the stay covers, why it is being filled past its capacity. Checks itself.
 */
public record NewStay(
    @Nullable UUID serviceId, @Nullable LocalDate startDate, @Nullable LocalDate plannedEndDate,
    @Nullable String capacityOverrideReason) {

  static final int LONG_TEXT = 1000;

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (serviceId == null) {
      problems.add(new FieldProblem("serviceId", "Select the service the stay is in"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date the stay starts, like 10 5 2026"));
    }
    if (startDate != null && plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
      problems.add(new FieldProblem("plannedEndDate", "The planned end must be on or after the start date"));
    }
    if (capacityOverrideReason != null && capacityOverrideReason.trim().length() > LONG_TEXT) {
      problems.add(new FieldProblem("capacityOverrideReason", "Enter a reason of 1000 characters or fewer"));
    }
    return problems;
  }

  /** The override reason, trimmed; null when none was given. */
  public @Nullable String overrideReason() {
    return capacityOverrideReason == null || capacityOverrideReason.isBlank() ? null : capacityOverrideReason.trim();
  }
}
