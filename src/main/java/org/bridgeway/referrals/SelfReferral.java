package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What a person asks for when they refer themselves. Checks itself, in words written for them. */
public record SelfReferral(
    @Nullable String alliance,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable String dateOfBirthDay,
    @Nullable String dateOfBirthMonth,
    @Nullable String dateOfBirthYear,
    @Nullable String contact,
    @Nullable String help,
    @Nullable String consent) {

  public static SelfReferral blank() {
    return new SelfReferral(null, null, null, null, null, null, null, null, null);
  }

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(alliance)) {
      problems.add(new FieldProblem("alliance", "Select the area where you live"));
    }
    if (blank(givenName)) {
      problems.add(new FieldProblem("givenName", "Enter your first name"));
    } else if (givenName.length() > 200) {
      problems.add(new FieldProblem("givenName", "Enter a first name of 200 characters or fewer"));
    }
    if (blank(familyName)) {
      problems.add(new FieldProblem("familyName", "Enter your last name"));
    } else if (familyName.length() > 200) {
      problems.add(new FieldProblem("familyName", "Enter a last name of 200 characters or fewer"));
    }
    var born = DateParts.parse(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    if (DateParts.blank(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear)) {
      problems.add(new FieldProblem("dateOfBirth", "Enter your date of birth"));
    } else if (born.isEmpty() || born.get().isAfter(today) || born.get().isBefore(today.minusYears(120))) {
      problems.add(new FieldProblem("dateOfBirth", "Enter your date of birth as day, month and year, like 27 3 1980"));
    }
    if (blank(contact)) {
      problems.add(new FieldProblem("contact", "Tell us how we can contact you"));
    } else if (contact.length() > 500) {
      problems.add(new FieldProblem("contact", "Enter 500 characters or fewer"));
    }
    if (blank(help)) {
      problems.add(new FieldProblem("help", "Tell us what you would like help with"));
    } else if (help.length() > 4000) {
      problems.add(new FieldProblem("help", "Enter 4000 characters or fewer"));
    }
    if (!"yes".equals(consent) && !"no".equals(consent)) {
      problems.add(new FieldProblem("consent", "Select yes if we can share your referral with our partners"));
    }
    return problems;
  }

  public LocalDate dateOfBirth() {
    return DateParts.parse(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).orElseThrow();
  }

  public String fullName() {
    return givenName.trim() + " " + familyName.trim();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
