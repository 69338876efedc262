package org.bridgeway.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a refusal into the messages a form shows beside its fields, the first message for each field; an edit
 * conflict shows under {@link #CONFLICT}. Every page of every module uses this one translation.
 */
public final class FormErrors {

  public static final String CONFLICT = "conflict";

  private FormErrors() {}

  public static Map<String, String> of(RuntimeException refusal) {
    return of(refusal, Map.of());
  }

  /** The messages, with a command's field names changed to the form's where they differ. */
  public static Map<String, String> of(RuntimeException refusal, Map<String, String> formNames) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem problem : problems(refusal)) {
      errors.putIfAbsent(formNames.getOrDefault(problem.field(), problem.field()), problem.message());
    }
    return errors;
  }

  private static List<FieldProblem> problems(RuntimeException refusal) {
    if (refusal instanceof InvalidInput invalid) {
      return invalid.problems();
    }
    if (refusal instanceof Refused refused) {
      return List.of(new FieldProblem(refused.field(), refused.getMessage()));
    }
    if (refusal instanceof EditConflict) {
      return List.of(new FieldProblem(CONFLICT, refusal.getMessage()));
    }
    throw refusal;
  }
}
