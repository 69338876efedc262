package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A service's rota for the seven days from a Monday, shift by shift, with the staff who may be put on shifts. */
public record RotaWeek(UUID serviceId, String serviceName, LocalDate monday, List<RotaDay> days,
    List<StaffOption> staff) {

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public long gaps() {
    return days.stream().flatMap(d -> d.shifts().stream()).filter(Shift::gap).count();
  }

  public int shifts() {
    return days.stream().mapToInt(d -> d.shifts().size()).sum();
  }

  /** A day of the week and its shifts, earliest first. */
  public record RotaDay(LocalDate date, List<Shift> shifts) {}

  /** A member of staff who may be put on a shift; {@code basedHere} when based at the service. */
  public record StaffOption(UUID id, String name, boolean basedHere) {}
}
