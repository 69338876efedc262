package org.bridgeway.people;

import org.jspecify.annotations.Nullable;

/** Details of made-up people for tests in other packages: only what the form requires, and an NHS number. */
public final class TestPeople {

  private TestPeople() {}

  public static PersonDetails named(String givenName, String familyName, String dateOfBirth,
      @Nullable String nhsNumber) {
    String[] dayMonthYear = dateOfBirth.split("/");
    return new PersonDetails(givenName, familyName, null, dayMonthYear[0], dayMonthYear[1], dayMonthYear[2],
        nhsNumber, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null, null,
        null);
  }
}
