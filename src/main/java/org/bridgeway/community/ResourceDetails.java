package org.bridgeway.community;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What a worker enters about a community resource; {@link #problems()} lists what breaks the rules. */
public record ResourceDetails(@Nullable ResourceKind kind, @Nullable String name, @Nullable String description,
    @Nullable String organisation, @Nullable String address, @Nullable String postcode,
    @Nullable String eligibility, List<Opening> openings, @Nullable String openingNotes, @Nullable String website,
    @Nullable String email, @Nullable String phone) {

  /**
   * The most regular opening times a resource keeps; the form shows this many rows, so a resource never has one
   * the form cannot show, and saving the form can never drop one. Anything further goes in the notes.
   */
  public static final int MOST_OPENINGS = 3;

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Select what kind of resource it is"));
    }
    if (blank(name)) {
      problems.add(new FieldProblem("name", "Enter the name of the resource"));
    }
    tooLong(problems, "name", name, 200);
    tooLong(problems, "description", description, 4000);
    tooLong(problems, "organisation", organisation, 200);
    tooLong(problems, "address", address, 500);
    tooLong(problems, "postcode", postcode, 10);
    tooLong(problems, "eligibility", eligibility, 1000);
    tooLong(problems, "openingNotes", openingNotes, 1000);
    tooLong(problems, "website", website, 300);
    tooLong(problems, "phone", phone, 40);
    tooLong(problems, "email", email, 200);
    if (!blank(email) && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new FieldProblem("email", "Enter an email address like name@example.org"));
    }
    if (!blank(website) && !website.trim().matches("(?i)https?://\\S+")) {
      problems.add(new FieldProblem("website", "Enter the website starting with https://"));
    }
    if (openings.size() > MOST_OPENINGS) {
      problems.add(new FieldProblem("openings", "Enter no more than " + MOST_OPENINGS
          + " regular opening times, and describe any others under anything else about when it is open"));
    }
    for (int i = 0; i < openings.size(); i++) {
      if (!openings.get(i).closes().isAfter(openings.get(i).opens())) {
        problems.add(new FieldProblem("opening" + i, "The closing time must be after the opening time"));
      }
    }
    return problems;
  }

  public static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  public static @Nullable String tidy(@Nullable String text) {
    return blank(text) ? null : text.trim();
  }

  private static void tooLong(List<FieldProblem> problems, String field, @Nullable String text, int most) {
    if (text != null && text.trim().length() > most) {
      problems.add(new FieldProblem(field, "Enter no more than " + most + " characters"));
    }
  }
}
