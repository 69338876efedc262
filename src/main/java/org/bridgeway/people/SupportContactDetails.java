package org.bridgeway.people;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A new member of a person's circle of support. */
public record SupportContactDetails(
    @Nullable String name, @Nullable String relationship, boolean carer, @Nullable String phone,
    @Nullable String notes) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem("name", "Enter their name"));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "Enter a name of 200 characters or fewer"));
    }
    if (relationship == null || !Codes.RELATIONSHIP.containsKey(relationship)) {
      problems.add(new FieldProblem("relationship", "Select how they are related to the person"));
    }
    if (notes != null && notes.length() > 2000) {
      problems.add(new FieldProblem("notes", "Enter 2000 characters or fewer"));
    }
    return problems;
  }
}
