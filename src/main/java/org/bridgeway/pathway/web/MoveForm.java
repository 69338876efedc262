package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.pathway.MoveChanges;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.NewMovePlan;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the new-plan and change-plan forms send. Dates as three fields, as NHS.UK asks for them. */
record MoveForm(
    @Nullable String fromStayId, @Nullable String toServiceId,
    @Nullable String targetDateDay, @Nullable String targetDateMonth, @Nullable String targetDateYear,
    @Nullable String readiness,
    @Nullable String readySinceDay, @Nullable String readySinceMonth, @Nullable String readySinceYear,
    @Nullable String decidedBy, @Nullable Boolean handoverPlanShared,
    @Nullable String handoverOnDay, @Nullable String handoverOnMonth, @Nullable String handoverOnYear,
    @Nullable String handoverStrengths, @Nullable String handoverNotes, @Nullable Integer version) {

  static MoveForm blank() {
    return new MoveForm(null, null, null, null, null, Readiness.NOT_YET_READY.name(), null, null, null, null, false,
        null, null, null, null, null, null);
  }

  /** The plan as it stands, to change. */
  static MoveForm of(MovePlan plan) {
    LocalDate target = plan.targetDate();
    LocalDate ready = plan.readySince();
    LocalDate shared = plan.handover().sharedOn();
    return new MoveForm(null, null, Dates.d(target), Dates.m(target), Dates.y(target), plan.readiness().name(),
        Dates.d(ready), Dates.m(ready), Dates.y(ready), plan.decidedBy(), plan.handover().planShared(),
        Dates.d(shared), Dates.m(shared), Dates.y(shared), plan.handover().strengths(), plan.handover().notes(),
        plan.version());
  }

  NewMovePlan plan() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate target = Dates.parse("targetDate", targetDateDay, targetDateMonth, targetDateYear, problems);
    LocalDate ready = Dates.parse("readySince", readySinceDay, readySinceMonth, readySinceYear, problems);
    Dates.check(problems);
    return new NewMovePlan(Dates.uuid(fromStayId), Dates.uuid(toServiceId), target, readinessChosen(), ready,
        decidedBy);
  }

  MoveChanges changes() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate target = Dates.parse("targetDate", targetDateDay, targetDateMonth, targetDateYear, problems);
    LocalDate ready = Dates.parse("readySince", readySinceDay, readySinceMonth, readySinceYear, problems);
    LocalDate shared = Dates.parse("handoverOn", handoverOnDay, handoverOnMonth, handoverOnYear, problems);
    Dates.check(problems);
    return new MoveChanges(target, readinessChosen(), ready, decidedBy, handoverPlanShared, shared,
        handoverStrengths, handoverNotes);
  }

  int versionOr(int fallback) {
    return version == null ? fallback : version;
  }

  static Map<String, String> readinessOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(Readiness.values()).forEach(r -> options.put(r.name(), r.label()));
    return options;
  }

  private @Nullable Readiness readinessChosen() {
    return Arrays.stream(Readiness.values()).filter(r -> r.name().equals(readiness)).findFirst().orElse(null);
  }

  /** Reading and writing dates typed as three fields, shared by the move forms. */
  static final class Dates {

    private Dates() {}

    static @Nullable LocalDate parse(String field, @Nullable String day, @Nullable String month,
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

    static void check(List<FieldProblem> problems) {
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
    }

    static @Nullable UUID uuid(@Nullable String text) {
      try {
        return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    static @Nullable String d(@Nullable LocalDate date) {
      return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    static @Nullable String m(@Nullable LocalDate date) {
      return date == null ? null : String.valueOf(date.getMonthValue());
    }

    static @Nullable String y(@Nullable LocalDate date) {
      return date == null ? null : String.valueOf(date.getYear());
    }
  }
}
