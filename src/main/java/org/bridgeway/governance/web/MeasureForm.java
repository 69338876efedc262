package org.bridgeway.governance.web;

import java.math.BigDecimal;
import org.bridgeway.governance.NewMeasure;
import org.jspecify.annotations.Nullable;

/** What the form adding an outcome measure sends. */
record MeasureForm(@Nullable String name, @Nullable String value, @Nullable String unit) {

  static MeasureForm empty() {
    return new MeasureForm(null, null, null);
  }

  NewMeasure measure() {
    BigDecimal number = null;
    try {
      number = value == null || value.isBlank() ? null : new BigDecimal(value.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      // not a number: the measure's own check says so
    }
    return new NewMeasure(name, number, unit);
  }
}
