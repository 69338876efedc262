package org.bridgeway.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.health.AlcoholStatus;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthChecksBulkWriter;
import org.bridgeway.health.HealthChecksBulkWriter.PastCheck;
import org.bridgeway.health.Intervention;
import org.bridgeway.health.InterventionKind;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Outcome;
import org.bridgeway.health.Reading;
import org.bridgeway.health.Response;
import org.bridgeway.health.Smoking;
import org.springframework.stereotype.Component;

/**
 * Annual physical health checks for about four people in five, over up to four years: a check every 11 to 14
 * months, so that some are overdue today and some due soon. Most checks record all six parts; about one in seven
 * has a part declined or not done. Each person keeps their height, smoking habit and roughly their weight from
 * year to year, and is offered help for what is found (stop smoking support for smokers, weight management for a
 * BMI of 30 or more, the GP for a raised HbA1c or blood pressure, alcohol advice above 14 units a week).
 */
@Component
class DemoHealthChecks {

  private static final String[] NURSES = {"Priya Shah (practice nurse)", "Tom Walsh (physical health nurse)",
      "Grace Mensah (health care assistant)", "Dr Ruth Ellis (GP)"};

  private final HealthChecksBulkWriter writer;

  DemoHealthChecks(HealthChecksBulkWriter writer) {
    this.writer = writer;
  }

  long write(UUID alliance, List<UUID> people, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x4EA17L);
    List<PastCheck> checks = new ArrayList<>();
    for (UUID person : people) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      checks.addAll(checksOf(person, new Body(random), today, random));
    }
    return writer.write(alliance, checks);
  }

  private List<PastCheck> checksOf(UUID person, Body body, LocalDate today, SplittableRandom random) {
    List<PastCheck> checks = new ArrayList<>();
    LocalDate on = today.minusDays(random.nextInt(365, 365 * 4));
    while (!on.isAfter(today)) {
      checks.add(new PastCheck(person, NURSES[random.nextInt(NURSES.length)], check(body, on, random)));
      on = on.plusDays(random.nextInt(335, 430));
    }
    return checks;
  }

  private static NewCheck check(Body body, LocalDate on, SplittableRandom random) {
    body.weightKg = body.weightKg.add(BigDecimal.valueOf(random.nextInt(-40, 50), 1));
    int systolic = random.nextInt(105, 165);
    int diastolic = systolic - random.nextInt(35, 55);
    BigDecimal hba1c = BigDecimal.valueOf(random.nextInt(32, 62));
    int units = body.drinks ? random.nextInt(2, 30) : 0;
    Element missing = random.nextInt(7) == 0 ? Element.values()[random.nextInt(Element.values().length)] : null;
    LocalDate bloods = on.minusDays(random.nextInt(0, 10));
    List<Reading> readings = new ArrayList<>(List.of(
        Reading.alcohol(on, units, units == 0 ? AlcoholStatus.NON_DRINKER : null),
        Reading.glucose(bloods, null, hba1c),
        Reading.bloodPressure(on, systolic, diastolic),
        Reading.bodySize(on, body.heightCm, body.weightKg),
        Reading.lipids(bloods, BigDecimal.valueOf(random.nextInt(35, 72), 1), BigDecimal.valueOf(random.nextInt(8, 19), 1),
            null),
        Reading.smoking(on, body.smoking, body.smoking == Smoking.CURRENT ? body.perDay : null)));
    if (missing != null) {
      readings.replaceAll(r -> r.element() != missing ? r : Reading.notTaken(missing,
          random.nextBoolean() ? Outcome.DECLINED : Outcome.NOT_DONE, on,
          missing == Element.GLUCOSE || missing == Element.LIPIDS ? "Did not want a blood test this time"
              : "Ran out of time; to be done at the next visit"));
    }
    return new NewCheck(on, readings, help(readings, random), null);
  }

  private static List<Intervention> help(List<Reading> readings, SplittableRandom random) {
    List<Intervention> help = new ArrayList<>();
    for (Reading r : readings) {
      if (!r.recorded()) {
        continue;
      }
      InterventionKind kind = switch (r.element()) {
        case SMOKING -> r.smoking() == Smoking.CURRENT ? InterventionKind.SMOKING_CESSATION : null;
        case BODY_SIZE -> r.bmi().compareTo(BigDecimal.valueOf(30)) >= 0 ? InterventionKind.WEIGHT_MANAGEMENT : null;
        case ALCOHOL -> r.alcoholUnits() > 14 ? InterventionKind.ALCOHOL_ADVICE : null;
        case GLUCOSE -> r.hba1c().intValue() >= 48 ? InterventionKind.GP_REFERRAL : null;
        case BLOOD_PRESSURE, LIPIDS -> null;
      };
      if (kind != null && help.stream().noneMatch(i -> i.kind() == kind)) {
        help.add(new Intervention(kind, Response.values()[random.nextInt(Response.values().length)]));
      }
    }
    boolean pressure = readings.stream().anyMatch(r -> r.recorded() && r.element() == Element.BLOOD_PRESSURE
        && r.systolic() >= 140);
    if (pressure && help.stream().noneMatch(i -> i.kind() == InterventionKind.GP_REFERRAL)) {
      help.add(new Intervention(InterventionKind.GP_REFERRAL, Response.ACCEPTED));
    }
    return help;
  }

  /** What stays much the same about a person from one check to the next. */
  private static final class Body {

    final BigDecimal heightCm;
    BigDecimal weightKg;
    final Smoking smoking;
    final int perDay;
    final boolean drinks;

    Body(SplittableRandom random) {
      heightCm = BigDecimal.valueOf(random.nextInt(152, 192));
      BigDecimal metres = heightCm.movePointLeft(2);
      weightKg = metres.multiply(metres).multiply(BigDecimal.valueOf(random.nextInt(20, 38)))
          .setScale(1, RoundingMode.HALF_UP);
      int habit = random.nextInt(20);
      smoking = habit < 8 ? Smoking.CURRENT : habit < 13 ? Smoking.EX : Smoking.NEVER;
      perDay = random.nextInt(3, 30);
      drinks = random.nextInt(3) != 0;
    }
  }
}
