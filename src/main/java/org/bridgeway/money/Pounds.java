package org.bridgeway.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Money as it is written and read: whole pence inside, GBP like "£1,234.56" outside. */
public final class Pounds {

  private Pounds() {}

  /** The amount written as GBP, like "£1,234.56" (or "-£12.00"). */
  public static String text(long pence) {
    return NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Reads an amount typed in pounds ("1,234.56", "£950" or "950.5"), refusing an empty, negative, fractional-penny
   * or absurd amount with a message for the field.
   */
  public static long parse(String field, String label, @Nullable String typed) {
    String text = typed == null ? "" : typed.trim().replace("£", "").replace(",", "");
    if (text.isEmpty()) {
      throw problem(field, "Enter the " + label);
    }
    BigDecimal pounds;
    try {
      pounds = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw problem(field, "Enter the " + label + " in pounds, like 1,234.56");
    }
    if (pounds.signum() < 0) {
      throw problem(field, "The " + label + " cannot be negative");
    }
    if (pounds.scale() > 2 && pounds.setScale(2, RoundingMode.DOWN).compareTo(pounds) != 0) {
      throw problem(field, "The " + label + " must be in whole pence");
    }
    if (pounds.compareTo(new BigDecimal("1000000000")) >= 0) {
      throw problem(field, "The " + label + " must be less than £1,000,000,000");
    }
    return pounds.movePointRight(2).longValueExact();
  }

  /** Exact pounds, for JSON. */
  public static BigDecimal decimal(long pence) {
    return BigDecimal.valueOf(pence, 2);
  }

  private static InvalidInput problem(String field, String message) {
    return new InvalidInput(List.of(new FieldProblem(field, message)));
  }
}
