package org.bridgeway.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A move down the ladder in the year and what it saves a year: (the weekly rate of the old stay on its last day −
 * that of the new stay on its first day) × 52. {@code personName} is null for a user who may not open the record.
 */
public record SavingMove(UUID personId, @Nullable String personName, String fromService, String toService,
    LocalDate movedOn, long oldWeeklyPence, long newWeeklyPence) {

  public long yearlyPence() {
    return (oldWeeklyPence - newWeeklyPence) * 52;
  }

  public String yearlyText() {
    return Pounds.text(yearlyPence());
  }

  public String movedOnText() {
    return movedOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
  }

  public String oldWeeklyText() {
    return Pounds.text(oldWeeklyPence);
  }

  public String newWeeklyText() {
    return Pounds.text(newWeeklyPence);
  }
}
