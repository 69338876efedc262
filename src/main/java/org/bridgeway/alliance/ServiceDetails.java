package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters about a service. The weekly cost is in pounds and pence and is kept as pence;
 * the intended length of stay is kept in days (the pages let it be typed in months, each counted as 30 days).
 * Checks itself: {@link #problems()} lists every field that breaks a rule.
 */
public record ServiceDetails(
    @Nullable UUID organisationId,
    @Nullable String name,
    @Nullable ServiceKind kind,
    boolean outOfArea,
    @Nullable Integer capacity,
    @Nullable CapacityUnit capacityUnit,
    @Nullable BigDecimal weeklyCost,
    @Nullable Integer intendedStayMinDays,
    @Nullable Integer intendedStayMaxDays,
    @Nullable String eligibility,
    boolean womenOnly,
    boolean userRun,
    boolean specialist,
    @Nullable String address,
    @Nullable String postcode,
    @Nullable UUID localityId,
    @Nullable String description) {

  static final int LONG_TEXT = 4000;
  private static final BigDecimal MOST_PER_WEEK = new BigDecimal("100000");

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (organisationId == null) {
      problems.add(new FieldProblem("organisationId", "Select the organisation that runs the service"));
    }
    if (Text.blank(name)) {
      problems.add(new FieldProblem("name", "Enter the service's name"));
    } else if (name.trim().length() > 200) {
      problems.add(new FieldProblem("name", "Enter a name of 200 characters or fewer"));
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Select the kind of service"));
    }
    capacityProblems(problems);
    costProblems(problems);
    stayProblems(problems);
    if (!Text.blank(postcode) && !Text.postcode(postcode)) {
      problems.add(new FieldProblem("postcode", "Enter a real postcode, like SW9 8AB"));
    }
    Text.tooLong(problems, "eligibility", eligibility, LONG_TEXT);
    Text.tooLong(problems, "address", address, LONG_TEXT);
    Text.tooLong(problems, "description", description, LONG_TEXT);
    return problems;
  }

  /** The weekly cost in pence, or null when none is known. */
  public @Nullable Long weeklyCostPence() {
    return weeklyCost == null ? null : weeklyCost.movePointRight(2).longValueExact();
  }

  /** The same details as they are kept: trimmed, blanks as nothing, the postcode in capitals. */
  public ServiceDetails normalised() {
    return new ServiceDetails(organisationId, Text.clean(name), kind, outOfArea, capacity,
        capacity == null ? null : capacityUnit, weeklyCost, intendedStayMinDays, intendedStayMaxDays,
        Text.clean(eligibility), womenOnly, userRun, specialist, Text.clean(address),
        Text.normalisedPostcode(postcode), localityId, Text.clean(description));
  }

  private void capacityProblems(List<FieldProblem> problems) {
    if (capacity != null && (capacity < 0 || capacity > 100_000)) {
      problems.add(new FieldProblem("capacity", "Enter a capacity from 0 to 100,000"));
    } else if (capacity != null && capacityUnit == null) {
      problems.add(new FieldProblem("capacityUnit", "Select what the capacity counts: beds, flats or places"));
    }
  }

  private void costProblems(List<FieldProblem> problems) {
    if (weeklyCost == null) {
      return;
    }
    if (weeklyCost.signum() < 0) {
      problems.add(new FieldProblem("weeklyCost", "Enter a weekly cost of £0.00 or more"));
    } else if (weeklyCost.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("weeklyCost", "Enter the weekly cost in pounds and pence, like 1050.00"));
    } else if (weeklyCost.compareTo(MOST_PER_WEEK) > 0) {
      problems.add(new FieldProblem("weeklyCost", "Enter a weekly cost of £100,000.00 or less"));
    }
  }

  private void stayProblems(List<FieldProblem> problems) {
    boolean negative = false;
    if (intendedStayMinDays != null && intendedStayMinDays < 0) {
      problems.add(new FieldProblem("intendedStayMinDays", "Enter a shortest intended stay of 0 or more"));
      negative = true;
    }
    if (intendedStayMaxDays != null && intendedStayMaxDays < 0) {
      problems.add(new FieldProblem("intendedStayMaxDays", "Enter a longest intended stay of 0 or more"));
      negative = true;
    }
    if (!negative && intendedStayMinDays != null && intendedStayMaxDays != null
        && intendedStayMinDays > intendedStayMaxDays) {
      problems.add(new FieldProblem("intendedStayMaxDays",
          "The longest intended stay must be the same as or longer than the shortest"));
    }
  }
}
