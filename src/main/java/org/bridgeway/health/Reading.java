package org.bridgeway.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One core element of a check, on its own date: either its measurements (only those of its own element are
 * filled) or declined / not done with a reason. The body mass index is never typed: {@link #bodySize} works it
 * out from the height and weight.
 */
public record Reading(
    Element element, Outcome outcome, LocalDate takenOn, @Nullable String reason,
    @Nullable Integer alcoholUnits, @Nullable AlcoholStatus alcoholStatus,
    @Nullable BigDecimal glucose, @Nullable BigDecimal hba1c,
    @Nullable Integer systolic, @Nullable Integer diastolic,
    @Nullable BigDecimal heightCm, @Nullable BigDecimal weightKg, @Nullable BigDecimal bmi,
    @Nullable BigDecimal totalCholesterol, @Nullable BigDecimal hdl, @Nullable BigDecimal ratio,
    @Nullable Smoking smoking, @Nullable Integer perDay) {

  /** The body mass index is always worked out from the height and weight, whatever was sent. */
  public Reading {
    bmi = element == Element.BODY_SIZE ? HealthRules.bmi(heightCm, weightKg) : null;
  }

  public static Reading notTaken(Element element, Outcome outcome, LocalDate on, @Nullable String reason) {
    return new Reading(element, outcome, on, reason, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  public static Reading alcohol(LocalDate on, @Nullable Integer units, @Nullable AlcoholStatus status) {
    return new Reading(Element.ALCOHOL, Outcome.RECORDED, on, null, units, status, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  public static Reading glucose(LocalDate on, @Nullable BigDecimal glucose, @Nullable BigDecimal hba1c) {
    return new Reading(Element.GLUCOSE, Outcome.RECORDED, on, null, null, null, glucose, hba1c, null, null, null,
        null, null, null, null, null, null, null);
  }

  public static Reading bloodPressure(LocalDate on, @Nullable Integer systolic, @Nullable Integer diastolic) {
    return new Reading(Element.BLOOD_PRESSURE, Outcome.RECORDED, on, null, null, null, null, null, systolic,
        diastolic, null, null, null, null, null, null, null, null);
  }

  public static Reading bodySize(LocalDate on, @Nullable BigDecimal heightCm, @Nullable BigDecimal weightKg) {
    return new Reading(Element.BODY_SIZE, Outcome.RECORDED, on, null, null, null, null, null, null, null, heightCm,
        weightKg, null, null, null, null, null, null);
  }

  public static Reading lipids(LocalDate on, @Nullable BigDecimal total, @Nullable BigDecimal hdl,
      @Nullable BigDecimal ratio) {
    return new Reading(Element.LIPIDS, Outcome.RECORDED, on, null, null, null, null, null, null, null, null, null,
        null, total, hdl, ratio, null, null);
  }

  public static Reading smoking(LocalDate on, @Nullable Smoking smoking, @Nullable Integer perDay) {
    return new Reading(Element.SMOKING, Outcome.RECORDED, on, null, null, null, null, null, null, null, null, null,
        null, null, null, null, smoking, perDay);
  }

  public boolean recorded() {
    return outcome == Outcome.RECORDED;
  }

  /** What was found, in plain words with units, for example "120/80 mmHg". */
  public String summary() {
    if (!recorded()) {
      return outcome.label() + (reason == null ? "" : ": " + reason);
    }
    return switch (element) {
      case ALCOHOL -> join(alcoholUnits == null ? null : alcoholUnits + " units a week",
          alcoholStatus == null ? null : alcoholStatus.label());
      case GLUCOSE -> join(glucose == null ? null : "glucose " + glucose.toPlainString() + " mmol/L",
          hba1c == null ? null : "HbA1c " + hba1c.toPlainString() + " mmol/mol");
      case BLOOD_PRESSURE -> systolic + "/" + diastolic + " mmHg";
      case BODY_SIZE -> "BMI " + (bmi == null ? "" : bmi.toPlainString()) + " kg/m² (height "
          + plain(heightCm) + " cm, weight " + plain(weightKg) + " kg)";
      case LIPIDS -> join("total cholesterol " + plain(totalCholesterol) + " mmol/L",
          hdl == null ? null : "HDL " + hdl.toPlainString() + " mmol/L",
          ratio == null ? null : "ratio " + ratio.toPlainString());
      case SMOKING -> smoking == null ? "" : smoking.label()
          + (perDay == null ? "" : ", " + perDay + " a day");
    };
  }

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String join(@Nullable String... parts) {
    StringBuilder words = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        words.append(words.isEmpty() ? "" : ", ").append(part);
      }
    }
    return words.toString();
  }
}
