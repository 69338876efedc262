package org.bridgeway.people;

import java.util.Optional;

/**
 * The NHS number: ten digits, the last a Modulus 11 check digit. Weight the first nine digits 10 down to 2,
 * sum them, and take 11 minus the remainder on division by 11; 11 means a check digit of 0, and 10 means the
 * number cannot be valid.
 */
public final class NhsNumber {

  public static final String FHIR_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

  private NhsNumber() {}

  /** Removes the spaces and dashes people type between the digit groups. */
  public static String normalise(String typed) {
    return typed.replaceAll("[\\s-]", "");
  }

  /** Why the typed number is not a valid NHS number, or empty when it is. */
  public static Optional<String> problemWith(String typed) {
    String digits = normalise(typed);
    if (!digits.matches("[0-9]{10}")) {
      return Optional.of("Enter an NHS number of 10 digits, like 943 476 5919");
    }
    if (!checkDigitMatches(digits)) {
      return Optional.of("Enter a valid NHS number: the last digit does not match the others. Check it for typing mistakes");
    }
    return Optional.empty();
  }

  public static boolean valid(String typed) {
    return problemWith(typed).isEmpty();
  }

  static boolean checkDigitMatches(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** The check digit for nine leading digits, or -1 where none exists (the remainder gives 10). */
  public static int checkDigitFor(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  /** Shown as 3-3-4 digit groups, as on NHS letters: 943 476 5919. */
  public static String display(String digits) {
    return digits.length() == 10
        ? digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6) : digits;
  }
}
