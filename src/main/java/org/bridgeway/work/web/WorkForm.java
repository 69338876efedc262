package org.bridgeway.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.JobEndReason;
import org.bridgeway.work.NewJob;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.VocationalProfile;
import org.bridgeway.work.VocationalStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the forms of a person's work pages send; each form fills its own fields. Dates as three fields, pay in
 * pounds and pence as typed.
 */
record WorkForm(
    @Nullable String statusDateDay, @Nullable String statusDateMonth, @Nullable String statusDateYear,
    @Nullable String status, @Nullable Boolean volunteering, @Nullable Boolean education, @Nullable Boolean training,
    @Nullable String statusHours, @Nullable String place,
    @Nullable String employer, @Nullable String role, @Nullable String jobHours, @Nullable String hourlyPay,
    @Nullable Boolean competitive, @Nullable String startDateDay, @Nullable String startDateMonth,
    @Nullable String startDateYear,
    @Nullable String workHistory, @Nullable String skills, @Nullable String preferences,
    @Nullable String hoursWanted, @Nullable String benefitsDateDay, @Nullable String benefitsDateMonth,
    @Nullable String benefitsDateYear, @Nullable String disclosure, @Nullable Integer version,
    @Nullable String endDateDay, @Nullable String endDateMonth, @Nullable String endDateYear,
    @Nullable String reason, @Nullable String supportDateDay, @Nullable String supportDateMonth,
    @Nullable String supportDateYear, @Nullable String notes) {

  static final Map<String, String> STATUS_NAMES = Map.of("date", "statusDate", "hoursAWeek", "statusHours");
  static final Map<String, String> JOB_NAMES = Map.of("hoursAWeek", "jobHours");

  static WorkForm blank(LocalDate today, VocationalProfile p) {
    String d = String.valueOf(today.getDayOfMonth());
    String m = String.valueOf(today.getMonthValue());
    String y = String.valueOf(today.getYear());
    LocalDate b = p.benefitsAdviceGiven();
    return new WorkForm(d, m, y, null, false, false, false, null, null, null, null, null, null, true, d, m, y,
        p.workHistory(), p.skills(), p.preferences(), p.hoursWanted() == null ? null : "" + p.hoursWanted(),
        b == null ? null : "" + b.getDayOfMonth(), b == null ? null : "" + b.getMonthValue(),
        b == null ? null : "" + b.getYear(), p.disclosure(), p.version(), d, m, y, null, d, m, y, null);
  }

  /** The form filled with a recorded status, to change it at its version. */
  static WorkForm of(VocationalStatus s, LocalDate today, VocationalProfile p) {
    WorkForm b = blank(today, p);
    LocalDate d = s.date();
    return new WorkForm("" + d.getDayOfMonth(), "" + d.getMonthValue(), "" + d.getYear(), s.status().name(),
        s.volunteering(), s.education(), s.training(),
        s.hoursAWeek() == null ? null : s.hoursAWeek().stripTrailingZeros().toPlainString(), s.place(),
        null, null, null, null, true, b.startDateDay(), b.startDateMonth(), b.startDateYear(), null, null, null, null,
        null, null, null, null, s.version(), null, null, null, null, null, null, null, null);
  }

  NewVocationalStatus statusRecord() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = date("statusDate", statusDateDay, statusDateMonth, statusDateYear, problems);
    BigDecimal hours = number("statusHours", statusHours, problems);
    done(problems);
    EmploymentStatus s = Arrays.stream(EmploymentStatus.values()).filter(e -> e.name().equals(status)).findFirst()
        .orElse(null);
    return new NewVocationalStatus(date, s, yes(volunteering), yes(education), yes(training), hours, place);
  }

  NewJob job() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = date("startDate", startDateDay, startDateMonth, startDateYear, problems);
    BigDecimal hours = number("jobHours", jobHours, problems);
    BigDecimal pounds = number("hourlyPay", hourlyPay, problems);
    if (pounds != null && pounds.scale() > 2) {
      problems.add(new FieldProblem("hourlyPay", "Enter pay in pounds and pence, like 12.21"));
    }
    done(problems);
    Long pence = pounds == null ? null : pounds.movePointRight(2).longValueExact();
    return new NewJob(employer, role, hours, pence, yes(competitive), start);
  }

  VocationalProfile profile() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate benefits = date("benefitsDate", benefitsDateDay, benefitsDateMonth, benefitsDateYear, problems);
    BigDecimal hours = number("hoursWanted", hoursWanted, problems);
    if (hours != null && hours.stripTrailingZeros().scale() > 0) {
      problems.add(new FieldProblem("hoursWanted", "Enter whole hours, like 16"));
    }
    done(problems);
    return new VocationalProfile(text(workHistory), text(skills), text(preferences),
        hours == null ? null : hours.intValue(), benefits, text(disclosure), version == null ? 0 : version);
  }

  @Nullable LocalDate endDate() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate end = date("endDate", endDateDay, endDateMonth, endDateYear, problems);
    done(problems);
    return end;
  }

  @Nullable JobEndReason endReason() {
    return Arrays.stream(JobEndReason.values()).filter(r -> r.name().equals(reason)).findFirst().orElse(null);
  }

  @Nullable LocalDate supportDate() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = date("supportDate", supportDateDay, supportDateMonth, supportDateYear, problems);
    done(problems);
    return date;
  }

  static Map<String, String> statuses() {
    Map<String, String> m = new LinkedHashMap<>();
    Arrays.stream(EmploymentStatus.values()).forEach(s -> m.put(s.name(), s.code() + " " + s.label()));
    return m;
  }

  static Map<String, String> reasons() {
    Map<String, String> m = new LinkedHashMap<>();
    Arrays.stream(JobEndReason.values()).forEach(r -> m.put(r.name(), r.label()));
    return m;
  }

  static Map<String, String> disclosures() {
    return new LinkedHashMap<>(Map.of("DISCLOSE", "Wants their employer told", "NOT_DISCLOSE",
        "Does not want their employer told", "UNDECIDED", "Not decided yet"));
  }

  private static boolean yes(@Nullable Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private static @Nullable String text(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static void done(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  static @Nullable BigDecimal number(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace("£", ""));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "Enter a number, like 16"));
      return null;
    }
  }

  static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month,
      @Nullable String year, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2026"));
    }
    return date;
  }
}
