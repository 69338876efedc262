package org.bridgeway.health;

import java.math.BigDecimal;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The valid range of each measurement, with the words to show beside a field outside it. */
final class Ranges {

  private final List<FieldProblem> problems;

  Ranges(List<FieldProblem> problems) {
    this.problems = problems;
  }

  void check(Reading r) {
    switch (r.element()) {
      case ALCOHOL -> {
        if (r.alcoholUnits() == null && r.alcoholStatus() == null) {
          problem("alcoholUnits", "Enter the units of alcohol a week, or choose how much they drink");
        }
        range("alcoholUnits", r.alcoholUnits(), 0, 300, "Units of alcohol a week", "");
      }
      case GLUCOSE -> {
        if (r.glucose() == null && r.hba1c() == null) {
          problem("glucose", "Enter the blood glucose or the HbA1c");
        }
        range("glucose", r.glucose(), "1", "50", "Blood glucose", " mmol/L");
        range("hba1c", r.hba1c(), "10", "200", "HbA1c", " mmol/mol");
      }
      case BLOOD_PRESSURE -> bloodPressure(r.systolic(), r.diastolic());
      case BODY_SIZE -> bodySize(r);
      case LIPIDS -> {
        required("totalCholesterol", r.totalCholesterol(), "Enter the total cholesterol");
        range("totalCholesterol", r.totalCholesterol(), "1", "20", "Total cholesterol", " mmol/L");
        range("hdl", r.hdl(), "0.1", "10", "HDL cholesterol", " mmol/L");
        range("ratio", r.ratio(), "1", "30", "The cholesterol ratio", "");
      }
      case SMOKING -> smoking(r);
    }
  }

  private void bloodPressure(@Nullable Integer systolic, @Nullable Integer diastolic) {
    required("systolic", systolic, "Enter the systolic (upper) blood pressure");
    required("diastolic", diastolic, "Enter the diastolic (lower) blood pressure");
    boolean inRange = range("systolic", systolic, 50, 300, "The systolic pressure", " mmHg")
        & range("diastolic", diastolic, 30, 200, "The diastolic pressure", " mmHg");
    if (inRange && systolic != null && diastolic != null && diastolic >= systolic) {
      problem("diastolic", "The diastolic (lower) pressure must be below the systolic (upper) pressure");
    }
  }

  private void bodySize(Reading r) {
    required("heightCm", r.heightCm(), "Enter the height in centimetres");
    required("weightKg", r.weightKg(), "Enter the weight in kilograms");
    boolean inRange = range("heightCm", r.heightCm(), "50", "250", "Height", " cm")
        & range("weightKg", r.weightKg(), "20", "350", "Weight", " kg");
    BigDecimal bmi = HealthRules.bmi(r.heightCm(), r.weightKg());
    if (inRange && bmi != null && (bmi.compareTo(BigDecimal.TEN) < 0 || bmi.compareTo(BigDecimal.valueOf(80)) > 0)) {
      problem("weightKg", "This height and weight give a body mass index of " + bmi.toPlainString()
          + ", outside 10 to 80: check both");
    }
  }

  private void smoking(Reading r) {
    if (r.smoking() == null) {
      problem("smokingStatus", "Choose whether they smoke");
    } else if (r.smoking() == Smoking.CURRENT) {
      required("perDay", r.perDay(), "Enter how many cigarettes they smoke a day");
      range("perDay", r.perDay(), 1, 100, "Cigarettes a day", "");
    } else if (r.perDay() != null) {
      problem("perDay", "Leave cigarettes a day empty unless they smoke now");
    }
  }

  private void required(String field, @Nullable Object value, String message) {
    if (value == null) {
      problem(field, message);
    }
  }

  private boolean range(String field, @Nullable Integer value, int low, int high, String what, String unit) {
    if (value != null && (value < low || value > high)) {
      problem(field, what + " must be between " + low + " and " + high + unit);
      return false;
    }
    return true;
  }

  private boolean range(String field, @Nullable BigDecimal value, String low, String high, String what,
      String unit) {
    if (value != null && (value.compareTo(new BigDecimal(low)) < 0 || value.compareTo(new BigDecimal(high)) > 0)) {
      problem(field, what + " must be between " + low + " and " + high + unit);
      return false;
    }
    return true;
  }

  private void problem(String field, String message) {
    if (problems.stream().noneMatch(p -> p.field().equals(field))) {
      problems.add(new FieldProblem(field, message));
    }
  }
}
