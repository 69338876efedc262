package org.bridgeway.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a worker enters about a person. Checks itself: {@link #problems()} lists every field that breaks a
 * rule, so the form can show each message beside its field and nothing is saved.
 */
public record PersonDetails(
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable String preferredName,
    @Nullable String dateOfBirthDay,
    @Nullable String dateOfBirthMonth,
    @Nullable String dateOfBirthYear,
    @Nullable String nhsNumber,
    @Nullable String gender,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String sexualOrientation,
    @Nullable String disability,
    @Nullable String firstLanguage,
    boolean interpreterNeeded,
    @Nullable String communicationNeeds,
    @Nullable String address,
    @Nullable String postcode,
    @Nullable String phone,
    @Nullable String gpPracticeName,
    @Nullable String gpPracticeCode,
    @Nullable String funding,
    @Nullable String legalStatus,
    @Nullable String strengths,
    @Nullable String interests) {

  private static final int LONG_TEXT = 4000;

  public static PersonDetails blank() {
    return new PersonDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, false,
        null, null, null, null, null, null, null, null, null, null);
  }

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "givenName", givenName, "Enter their first name");
    required(problems, "familyName", familyName, "Enter their last name");
    if (DateParts.blank(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear)) {
      problems.add(new FieldProblem("dateOfBirth", "Enter their date of birth"));
    } else {
      DateParts.parse(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).ifPresentOrElse(
          date -> {
            if (date.isAfter(today)) {
              problems.add(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
            } else if (date.isBefore(today.minusYears(120))) {
              problems.add(new FieldProblem("dateOfBirth", "Date of birth must be within the last 120 years"));
            }
          },
          () -> problems.add(new FieldProblem("dateOfBirth", "Date of birth must be a real date, like 27 3 1980")));
    }
    if (present(nhsNumber)) {
      NhsNumber.problemWith(nhsNumber).ifPresent(m -> problems.add(new FieldProblem("nhsNumber", m)));
    }
    coded(problems, "gender", gender, Codes.GENDER, "Select their gender from the list");
    coded(problems, "ethnicity", ethnicity, Codes.ETHNICITY, "Select their ethnic group from the list");
    coded(problems, "funding", funding, Codes.FUNDING, "Select how their support is funded from the list");
    coded(problems, "legalStatus", legalStatus, Codes.LEGAL_STATUS, "Select their legal status from the list");
    if (present(postcode) && !postcode.trim().toUpperCase().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
      problems.add(new FieldProblem("postcode", "Enter a real postcode, like SW9 8AB"));
    }
    if (present(gpPracticeCode) && !gpPracticeCode.trim().matches("[A-Za-z][0-9]{5}")) {
      problems.add(new FieldProblem("gpPracticeCode", "Enter a GP practice code of a letter and 5 digits, like G85001"));
    }
    for (var text : Map.of("communicationNeeds", nz(communicationNeeds), "strengths", nz(strengths),
        "interests", nz(interests), "address", nz(address)).entrySet()) {
      if (text.getValue().length() > LONG_TEXT) {
        problems.add(new FieldProblem(text.getKey(), "Enter " + LONG_TEXT + " characters or fewer"));
      }
    }
    for (var text : Map.of("givenName", nz(givenName), "familyName", nz(familyName),
        "preferredName", nz(preferredName), "phone", nz(phone), "religion", nz(religion),
        "firstLanguage", nz(firstLanguage), "gpPracticeName", nz(gpPracticeName)).entrySet()) {
      if (text.getValue().length() > 200) {
        problems.add(new FieldProblem(text.getKey(), "Enter 200 characters or fewer"));
      }
    }
    return problems;
  }

  public LocalDate dateOfBirth() {
    return DateParts.parse(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).orElseThrow();
  }

  public @Nullable String normalisedNhsNumber() {
    return present(nhsNumber) ? NhsNumber.normalise(nhsNumber) : null;
  }

  public @Nullable String normalisedPostcode() {
    if (!present(postcode)) {
      return null;
    }
    String compact = postcode.trim().toUpperCase().replace(" ", "");
    return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
  }

  /** The same details as they are stored: trimmed, blanks as nothing, codes and postcode in capitals. */
  public PersonDetails normalised() {
    var date = DateParts.parse(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
    return new PersonDetails(clean(givenName), clean(familyName), clean(preferredName),
        date.map(d -> String.valueOf(d.getDayOfMonth())).orElse(clean(dateOfBirthDay)),
        date.map(d -> String.valueOf(d.getMonthValue())).orElse(clean(dateOfBirthMonth)),
        date.map(d -> String.valueOf(d.getYear())).orElse(clean(dateOfBirthYear)), normalisedNhsNumber(), clean(gender), clean(ethnicity),
        clean(religion), clean(sexualOrientation), clean(disability), clean(firstLanguage), interpreterNeeded,
        clean(communicationNeeds), clean(address), normalisedPostcode(), clean(phone), clean(gpPracticeName),
        clean(gpPracticeCode) == null ? null : gpPracticeCode.trim().toUpperCase(), clean(funding),
        clean(legalStatus), clean(strengths), clean(interests));
  }

  static @Nullable String clean(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }

  private static String nz(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static void required(List<FieldProblem> problems, String field, @Nullable String value, String message) {
    if (!present(value)) {
      problems.add(new FieldProblem(field, message));
    }
  }

  private static void coded(List<FieldProblem> problems, String field, @Nullable String value,
      Map<String, String> codes, String message) {
    if (present(value) && !codes.containsKey(value)) {
      problems.add(new FieldProblem(field, message));
    }
  }
}
