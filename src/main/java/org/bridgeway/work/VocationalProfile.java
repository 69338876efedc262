package org.bridgeway.work;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the person brings and wants from work. Disclosure is whether they want their employer told about their
 * mental health: DISCLOSE, NOT_DISCLOSE or UNDECIDED. Version 0 with no text is a profile not yet written.
 */
public record VocationalProfile(@Nullable String workHistory, @Nullable String skills, @Nullable String preferences,
    @Nullable Integer hoursWanted, @Nullable LocalDate benefitsAdviceGiven, @Nullable String disclosure,
    int version) {

  public static final VocationalProfile EMPTY = new VocationalProfile(null, null, null, null, null, null, 0);

  public String disclosureText() {
    if (disclosure == null) {
      return "Not recorded";
    }
    return switch (disclosure) {
      case "DISCLOSE" -> "Wants their employer told";
      case "NOT_DISCLOSE" -> "Does not want their employer told";
      default -> "Not decided yet";
    };
  }
}
