package org.bridgeway.community;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A connection to add: a resource from the directory, or one named in free text when it is not listed; its kind
 * (taken from the directory when left out), start, end if it has ended, and how it is going.
 */
public record NewConnection(@Nullable UUID resourceId, @Nullable String resourceName, @Nullable ResourceKind kind,
    @Nullable LocalDate start, @Nullable LocalDate end, @Nullable Progress progress, @Nullable String note) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  List<FieldProblem> problems(boolean listed) {
    List<FieldProblem> problems = new ArrayList<>();
    if (resourceId == null && ResourceDetails.blank(resourceName)) {
      problems.add(new FieldProblem("resourceId", "Choose a place from the directory, or write its name"));
    }
    if (resourceName != null && resourceName.trim().length() > 200) {
      problems.add(new FieldProblem("resourceName", "Enter no more than 200 characters"));
    }
    if (kind == null && !listed) {
      problems.add(new FieldProblem("kind", "Select what kind of place it is"));
    }
    if (start == null) {
      problems.add(new FieldProblem("start", "Enter the date it started"));
    }
    problems.addAll(endProblems(start, end));
    if (progress == null) {
      problems.add(new FieldProblem("progress", "Select how it is going"));
    }
    if (note != null && note.trim().length() > 2000) {
      problems.add(new FieldProblem("note", "Enter no more than 2,000 characters"));
    }
    return problems;
  }

  static List<FieldProblem> endProblems(@Nullable LocalDate start, @Nullable LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      return List.of(new FieldProblem("end", "The end date cannot be before it started, on " + start.format(DAY)));
    }
    return List.of();
  }
}
