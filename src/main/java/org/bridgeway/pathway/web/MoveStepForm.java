package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.pathway.NewMoveVisit;
import org.bridgeway.pathway.VisitKind;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What the smaller forms of a move plan send: a visit to record, a visit to void, the move to complete, or the
 * plan to cancel. Each form fills in only its own fields.
 */
record MoveStepForm(
    @Nullable String visitDateDay, @Nullable String visitDateMonth, @Nullable String visitDateYear,
    @Nullable String kind, @Nullable String withWhom, @Nullable String notes,
    @Nullable String moveDateDay, @Nullable String moveDateMonth, @Nullable String moveDateYear,
    @Nullable String capacityOverrideReason, @Nullable String reason, @Nullable Integer version) {

  static MoveStepForm blank() {
    return new MoveStepForm(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  static MoveStepForm visitOn(LocalDate day) {
    return new MoveStepForm(MoveForm.Dates.d(day), MoveForm.Dates.m(day), MoveForm.Dates.y(day), null, null, null,
        null, null, null, null, null, null);
  }

  static MoveStepForm movingOn(LocalDate day, int version) {
    return new MoveStepForm(null, null, null, null, null, null, MoveForm.Dates.d(day), MoveForm.Dates.m(day),
        MoveForm.Dates.y(day), null, null, version);
  }

  static MoveStepForm atVersion(int version) {
    return new MoveStepForm(null, null, null, null, null, null, null, null, null, null, null, version);
  }

  NewMoveVisit visit() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = MoveForm.Dates.parse("visitDate", visitDateDay, visitDateMonth, visitDateYear, problems);
    MoveForm.Dates.check(problems);
    VisitKind chosen = Arrays.stream(VisitKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElse(null);
    return new NewMoveVisit(day, chosen, withWhom, notes);
  }

  @Nullable LocalDate moveDate() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = MoveForm.Dates.parse("moveDate", moveDateDay, moveDateMonth, moveDateYear, problems);
    MoveForm.Dates.check(problems);
    return day;
  }

  /** The same answers against the plan's version as it stands now, after someone else changed it. */
  MoveStepForm at(int current) {
    return new MoveStepForm(visitDateDay, visitDateMonth, visitDateYear, kind, withWhom, notes, moveDateDay,
        moveDateMonth, moveDateYear, capacityOverrideReason, reason, current);
  }

  int versionOr(int fallback) {
    return version == null ? fallback : version;
  }

  static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    Arrays.stream(VisitKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
    return kinds;
  }
}
