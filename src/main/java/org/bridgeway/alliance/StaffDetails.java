package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters about a member of staff. Contracted hours are a week's hours from 0 to 80; a
 * contract with no end date is open. Checks itself: {@link #problems()} lists every field that breaks a rule.
 */
public record StaffDetails(
    @Nullable UUID organisationId,
    @Nullable UUID teamId,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable StaffRole role,
    @Nullable String jobTitle,
    @Nullable BigDecimal contractedHours,
    boolean livedExperience,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String email) {

  private static final BigDecimal MOST_HOURS = new BigDecimal("80");

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (organisationId == null) {
      problems.add(new FieldProblem("organisationId", "Select the organisation that employs them"));
    }
    name(problems, "givenName", givenName, "Enter their first name");
    name(problems, "familyName", familyName, "Enter their last name");
    if (role == null) {
      problems.add(new FieldProblem("role", "Select their role"));
    }
    Text.tooLong(problems, "jobTitle", jobTitle, 200);
    if (contractedHours == null) {
      problems.add(new FieldProblem("contractedHours", "Enter their contracted hours a week, like 37.5"));
    } else if (contractedHours.signum() < 0 || contractedHours.compareTo(MOST_HOURS) > 0) {
      problems.add(new FieldProblem("contractedHours", "Enter contracted hours from 0 to 80 a week"));
    } else if (contractedHours.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("contractedHours", "Enter hours to no more than 2 decimal places, like 22.5"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date their contract started"));
    } else if (endDate != null && endDate.isBefore(startDate)) {
      problems.add(new FieldProblem("endDate", "The end date must be the same as or after the start date"));
    }
    if (!Text.blank(email) && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.org"));
    }
    return problems;
  }

  public StaffDetails normalised() {
    return new StaffDetails(organisationId, teamId, Text.clean(givenName), Text.clean(familyName), role,
        Text.clean(jobTitle), contractedHours, livedExperience, startDate, endDate,
        Text.blank(email) ? null : email.trim().toLowerCase());
  }

  public String fullName() {
    return (givenName == null ? "" : givenName.trim()) + " " + (familyName == null ? "" : familyName.trim());
  }

  private static void name(List<FieldProblem> problems, String field, @Nullable String value, String message) {
    if (Text.blank(value)) {
      problems.add(new FieldProblem(field, message));
    } else {
      Text.tooLong(problems, field, value, 200);
    }
  }
}
