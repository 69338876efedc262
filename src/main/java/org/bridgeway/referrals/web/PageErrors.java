package org.bridgeway.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;

/**
 * The messages a referral page shows for a refusal, keyed by the id of the field they belong to. A refused
 * move and an edit conflict belong to the whole page ({@link #PAGE}); a missing reason belongs to the field
 * the page asked it in.
 */
final class PageErrors {

  static final String PAGE = "page-problem";

  private PageErrors() {}

  static Map<String, String> of(RuntimeException refusal, String reasonField) {
    List<FieldProblem> problems;
    if (refusal instanceof InvalidInput invalid) {
      problems = invalid.problems();
    } else if (refusal instanceof Refused refused) {
      problems = List.of(new FieldProblem(refused.field(), refused.getMessage()));
    } else if (refusal instanceof EditConflict) {
      problems = List.of(new FieldProblem(PAGE, refusal.getMessage()));
    } else {
      throw refusal;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      String field = switch (problem.field()) {
        case "reason" -> reasonField;
        case "status", "target" -> PAGE;
        default -> problem.field();
      };
      errors.putIfAbsent(field, problem.message());
    }
    return errors;
  }
}
