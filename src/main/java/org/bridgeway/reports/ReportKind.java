package org.bridgeway.reports;

import java.util.Arrays;
import java.util.Optional;

/** The reports, each for a period or for a day (the caseload as it stood). */
public enum ReportKind {
  CASELOAD("caseload", "Caseload", false,
      "People on the caseload on a day, by kind of service, by service and by partner organisation."),
  WAITING("waiting", "Waiting times", true,
      "Referrals: days from received to decision and from decision to first contact, by service."),
  OCCUPANCY("occupancy", "Occupancy", false,
      "Places available and in use at each service on a day, and the share in use."),
  LENGTH_OF_STAY("length-of-stay", "Length of stay", true,
      "Stays completed in a period by kind of service, and stays past their intended length."),
  EQUALITY("equality", "Equality monitoring", false,
      "People on the caseload on a day by age band, gender and ethnic group.");

  private final String slug;
  private final String title;
  private final boolean forPeriod;
  private final String summary;

  ReportKind(String slug, String title, boolean forPeriod, String summary) {
    this.slug = slug;
    this.title = title;
    this.forPeriod = forPeriod;
    this.summary = summary;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** True when the report covers a period; otherwise it is for one day. */
  public boolean forPeriod() {
    return forPeriod;
  }

  public String summary() {
    return summary;
  }

  public static Optional<ReportKind> of(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
