package org.bridgeway.pathway;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A stay to record: the service, the day it starts, the day it is planned to end, and, when the service is full
 * on any day the stay covers, why it is being filled past its capacity. A stay that has already ended is recorded
 * in one step with its end date, the reason and where they went; without them it is recorded open. Checks
 * itself; that an end date is not in the future is checked against today.
 */
public record NewStay(
    @Nullable UUID serviceId, @Nullable LocalDate startDate, @Nullable LocalDate plannedEndDate,
    @Nullable String capacityOverrideReason, @Nullable LocalDate endDate, @Nullable EndReason endReason,
    @Nullable String destination) {

  static final int LONG_TEXT = 1000;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  /** A stay recorded open. */
  public NewStay(@Nullable UUID serviceId, @Nullable LocalDate startDate, @Nullable LocalDate plannedEndDate,
      @Nullable String capacityOverrideReason) {
    this(serviceId, startDate, plannedEndDate, capacityOverrideReason, null, null, null);
  }

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
    problems.addAll(endProblems());
    return problems;
  }

  /** True when the stay is recorded as already ended. */
  public boolean ended() {
    return endDate != null;
  }

  /** The override reason, trimmed; null when none was given. */
  public @Nullable String overrideReason() {
    return capacityOverrideReason == null || capacityOverrideReason.isBlank() ? null : capacityOverrideReason.trim();
  }

  public @Nullable String destinationText() {
    return destination == null || destination.isBlank() ? null : destination.trim();
  }

  private List<FieldProblem> endProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (endDate == null && (endReason != null || destinationText() != null)) {
      problems.add(new FieldProblem("endDate", "Enter the date the stay ended, like 10 5 2026, or leave why it "
          + "ended and where they went empty to record the stay as open"));
    }
    if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
      problems.add(new FieldProblem("endDate", "The stay cannot end before it starts, on " + startDate.format(DAY)));
    }
    if (endDate != null && endReason == null) {
      problems.add(new FieldProblem("endReason", "Select why the stay ended"));
    }
    if (destination != null && destination.trim().length() > LONG_TEXT) {
      problems.add(new FieldProblem("destination", "Enter where they went in 1000 characters or fewer"));
    }
    return problems;
  }
}
