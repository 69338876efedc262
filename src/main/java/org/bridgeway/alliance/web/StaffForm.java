package org.bridgeway.alliance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The staff form as typed, with its dates as three fields each; an unticked box sends nothing. */
record StaffForm(
    @Nullable String organisationId, @Nullable String teamId, @Nullable String givenName,
    @Nullable String familyName, @Nullable String role, @Nullable String jobTitle,
    @Nullable String contractedHours, @Nullable Boolean livedExperience,
    @Nullable String startDateDay, @Nullable String startDateMonth, @Nullable String startDateYear,
    @Nullable String endDateDay, @Nullable String endDateMonth, @Nullable String endDateYear,
    @Nullable String email) {

  static StaffForm blank() {
    return new StaffForm(null, null, null, null, null, null, null, false, null, null, null, null, null, null, null);
  }

  static StaffForm of(StaffMember member) {
    LocalDate start = member.startDate();
    LocalDate end = member.endDate();
    return new StaffForm(member.organisationId().toString(),
        member.teamId() == null ? null : member.teamId().toString(), member.givenName(), member.familyName(),
        member.role().name(), member.jobTitle(), member.contractedHours().toPlainString(), member.livedExperience(),
        day(start), month(start), year(start), day(end), month(end), year(end), member.email());
  }

  /** The command, with anything that could not be read left empty and a problem added for it. */
  StaffDetails details(List<FieldProblem> problems) {
    return new StaffDetails(
        Parse.value(problems, "organisationId", organisationId, UUID::fromString, "Select an organisation"),
        Parse.value(problems, "teamId", teamId, UUID::fromString, "Select a team"), givenName, familyName,
        Parse.value(problems, "role", role, StaffRole::valueOf, "Select their role"), jobTitle,
        Parse.value(problems, "contractedHours", contractedHours, BigDecimal::new,
            "Enter their contracted hours a week as a number, like 37.5"),
        Boolean.TRUE.equals(livedExperience), date(problems, "startDate", startDateDay, startDateMonth, startDateYear),
        date(problems, "endDate", endDateDay, endDateMonth, endDateYear), email);
  }

  private static @Nullable LocalDate date(List<FieldProblem> problems, String field, @Nullable String day,
      @Nullable String month, @Nullable String year) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    var date = DateParts.parse(day, month, year);
    if (date.isEmpty()) {
      problems.add(new FieldProblem(field, "The date must be a real date, like 1 4 2026"));
    }
    return date.orElse(null);
  }

  private static @Nullable String day(@Nullable LocalDate date) {
    return date == null ? null : String.valueOf(date.getDayOfMonth());
  }

  private static @Nullable String month(@Nullable LocalDate date) {
    return date == null ? null : String.valueOf(date.getMonthValue());
  }

  private static @Nullable String year(@Nullable LocalDate date) {
    return date == null ? null : String.valueOf(date.getYear());
  }
}
