package org.bridgeway.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a health check.
 * <ul>
 *   <li><b>Body mass index</b> = weight in kg / (height in m)², to one decimal place, rounded half up; it must lie
 *       between 10 and 80, from a height of 50 to 250 cm and a weight of 20 to 350 kg.</li>
 *   <li><b>Ranges:</b> systolic 50-300 and diastolic 30-200 mmHg, the diastolic below the systolic; glucose 1-50
 *       mmol/L; HbA1c 10-200 mmol/mol; total cholesterol 1-20 mmol/L; alcohol 0-300 units a week.</li>
 *   <li><b>Complete on a day:</b> each of the six elements has a recorded value dated in the 365 days ending that
 *       day (that day and the 364 before it); declined or not done does not count.</li>
 *   <li><b>Due:</b> the next check is due within {@value #DUE_DAYS} days (4 weeks, today included);
 *       <b>overdue:</b> its due date has passed.</li>
 * </ul>
 */
public final class HealthRules {

  public static final int MONTHS_BETWEEN_CHECKS = 12;
  public static final int DUE_DAYS = 28;
  public static final int COMPLETE_DAYS = 365;

  private HealthRules() {}

  /** The body mass index, or null while either measurement is missing. */
  public static @Nullable BigDecimal bmi(@Nullable BigDecimal heightCm, @Nullable BigDecimal weightKg) {
    if (heightCm == null || weightKg == null || heightCm.signum() <= 0) {
      return null;
    }
    BigDecimal metres = heightCm.movePointLeft(2);
    return weightKg.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP);
  }

  /** Each element has a recorded value taken in the 365 days ending on the day. */
  public static boolean complete(List<Reading> readings, LocalDate day) {
    LocalDate from = day.minusDays(COMPLETE_DAYS - 1);
    Set<Element> found = EnumSet.noneOf(Element.class);
    readings.stream().filter(Reading::recorded)
        .filter(r -> !r.takenOn().isBefore(from) && !r.takenOn().isAfter(day))
        .forEach(r -> found.add(r.element()));
    return found.size() == Element.values().length;
  }

  public static DueStatus dueStatus(LocalDate nextDue, LocalDate today) {
    if (nextDue.isBefore(today)) {
      return DueStatus.OVERDUE;
    }
    return nextDue.isAfter(today.plusDays(DUE_DAYS)) ? DueStatus.NOT_DUE : DueStatus.DUE;
  }

  /** What is wrong with a check typed on the day given; empty when it may be saved. */
  public static List<FieldProblem> problems(NewCheck check, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (check.checkDate() == null) {
      problems.add(new FieldProblem("checkDate", "Enter the date of the check"));
    } else if (check.checkDate().isAfter(today)) {
      problems.add(new FieldProblem("checkDate", "The date of the check must be today or in the past"));
    } else if (check.nextDue() != null && !check.nextDue().isAfter(check.checkDate())) {
      problems.add(new FieldProblem("nextDue", "The next check must be due after the date of this check"));
    }
    Set<Element> seen = EnumSet.noneOf(Element.class);
    for (Reading reading : check.readings()) {
      if (!seen.add(reading.element())) {
        problems.add(new FieldProblem(reading.element().field() + "Outcome", reading.element().label()
            + " is given more than once"));
      } else {
        problems.addAll(problems(reading, today));
      }
    }
    for (Element element : Element.values()) {
      if (!seen.contains(element)) {
        problems.add(new FieldProblem(element.field() + "Outcome", "Record " + element.label().toLowerCase()
            + ", or say it was declined or not done"));
      }
    }
    Set<InterventionKind> offered = new HashSet<>();
    check.interventions().stream().filter(i -> !offered.add(i.kind())).findFirst().ifPresent(i ->
        problems.add(new FieldProblem("interventions", i.kind().label() + " is given more than once")));
    return problems;
  }

  static List<FieldProblem> problems(Reading reading, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String prefix = reading.element().field();
    if (reading.takenOn().isAfter(today)) {
      problems.add(new FieldProblem(prefix + "TakenOn", "The date must be today or in the past"));
    }
    if (!reading.recorded()) {
      if (reading.reason() == null || reading.reason().isBlank()) {
        problems.add(new FieldProblem(prefix + "Reason", "Enter why " + reading.element().label().toLowerCase()
            + " was " + reading.outcome().label().toLowerCase()));
      }
      return problems;
    }
    new Ranges(problems).check(reading);
    return problems;
  }
}
