package org.bridgeway.work;

import java.util.List;

/**
 * The IPS fidelity scale: 25 items, each scored 1 to 5, total 25 to 125. Only the item names are kept; the
 * manual's anchor texts are not. Bands: 115-125 exemplary, 100-114 good, 74-99 fair, 73 or below not IPS
 * supported employment.
 */
public final class FidelityScale {

  public static final List<String> ITEMS = List.of("Caseload size", "Employment services staff",
      "Vocational generalists", "Integration through team assignment", "Integration through frequent team contact",
      "Collaboration with vocational rehabilitation / Jobcentre", "Vocational unit", "Employment supervisor role",
      "Zero exclusion", "Agency focus on competitive employment", "Executive team support",
      "Work incentives and benefits planning", "Disclosure", "Ongoing work-based assessment", "Rapid job search",
      "Individualised job search", "Job development: frequent employer contact",
      "Job development: quality of employer contact", "Diversity of job types", "Diversity of employers",
      "Competitive jobs", "Individualised follow-along", "Time-unlimited follow-along", "Community-based services",
      "Assertive engagement and outreach");

  private FidelityScale() {}

  public static String band(int total) {
    if (total < 25 || total > 125) {
      throw new IllegalArgumentException("A total lies between 25 and 125: " + total);
    }
    if (total >= 115) {
      return "Exemplary fidelity";
    }
    if (total >= 100) {
      return "Good fidelity";
    }
    if (total >= 74) {
      return "Fair fidelity";
    }
    return "Not IPS supported employment";
  }
}
