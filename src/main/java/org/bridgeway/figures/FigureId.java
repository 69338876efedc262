package org.bridgeway.figures;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every alliance figure, with its stable id (used by the API and never changed once published), its title and
 * its definition. The definition is the one text shown wherever the figure is: dashboard, API and exports.
 * "The period" is the chosen period, both ends included; "the last day" is its last day. A stay covers its start
 * date up to the day before its end date. "Residential care" is nursing or residential care, in or out of area.
 */
public enum FigureId {
  RESIDENTIAL_PLACEMENTS("residential-placements", "Residential placements in use", Unit.PEOPLE,
      Direction.GOOD_WHEN_DOWN, "People with a stay in residential or nursing care (in or out of area) covering "
      + "the last day of the period.", "50% fewer than the baseline"),
  REHAB_ADMISSIONS("rehab-admissions", "Admissions to inpatient rehabilitation", Unit.STAYS,
      Direction.GOOD_WHEN_DOWN, "Stays in inpatient rehabilitation wards that start in the period.", null),
  RESIDENTIAL_ENTRANCES("residential-entrances", "Entrances to residential care", Unit.STAYS,
      Direction.GOOD_WHEN_DOWN, "Residential stays that start in the period where no other residential stay of "
      + "the same person covers the day before the start or the day before that: a move between care homes, even "
      + "with a day between the records, is no entrance.", null),
  RESIDENTIAL_DISCHARGES("residential-discharges", "Discharges from residential care", Unit.STAYS,
      Direction.GOOD_WHEN_UP, "Residential stays that end in the period for a reason other than death, where no "
      + "other residential stay of the same person covers the end date or the day after: a move to another care "
      + "home is no discharge.", null),
  MOVED_ON("moved-on", "People moved on", Unit.PEOPLE, Direction.GOOD_WHEN_UP, "Distinct people whose stay on an "
      + "inpatient rehabilitation ward or in residential care ends in the period (not by death) and whose next "
      + "stay on the pathway ladder, starting on the end date or within 7 days after it, is at a less restrictive "
      + "(higher) level of the alliance's ladder, or whose stay ended with the reason \"returned home\". With two "
      + "next stays starting on the same day, the more restrictive one counts.", null),
  LENGTH_OF_STAY_OVER("length-of-stay-over", "Stays past their intended length", Unit.STAYS,
      Direction.GOOD_WHEN_DOWN, "Stays covering the last day of the period whose covered days so far (the last "
      + "day − the start date + 1) are more than their service's intended longest stay.", null),
  CASELOAD("caseload", "People on the caseload", Unit.PEOPLE, Direction.NEITHER, "People with a stay covering "
      + "the last day of the period in any of the alliance's services, or a care-team member on that day. "
      + "Narrowed to services, people with a stay there (or, for an organisation, its staff on their care team).",
      null),
  WAITING_DECISION_MEDIAN("waiting-decision-median", "Waiting from referral to decision: median", Unit.DAYS,
      Direction.GOOD_WHEN_DOWN, "Over the referrals decided in the period, the whole days from the referral being "
      + "received to the decision; the median by the nearest-rank method (the value at rank ⌈n/2⌉ of n waits "
      + "in order). Narrowed to services, the referrals asking for one of them.", null),
  WAITING_DECISION_90TH("waiting-decision-90th", "Waiting from referral to decision: 90th percentile", Unit.DAYS,
      Direction.GOOD_WHEN_DOWN, "As the median, the 90th percentile by the nearest-rank method (the value at rank "
      + "⌈0.9 × n⌉).", null),
  WAITING_CONTACT_MEDIAN("waiting-contact-median", "Waiting from decision to first contact: median", Unit.DAYS,
      Direction.GOOD_WHEN_DOWN, "Over the referrals first seen in the period, the whole days from the decision to "
      + "the first contact; the median by the nearest-rank method.", null),
  WAITING_CONTACT_90TH("waiting-contact-90th", "Waiting from decision to first contact: 90th percentile",
      Unit.DAYS, Direction.GOOD_WHEN_DOWN, "As the median, the 90th percentile by the nearest-rank method.", null),
  DAY_SERVICE_REGISTERED("day-service-registered", "Registered with day services", Unit.PEOPLE,
      Direction.GOOD_WHEN_UP, "People with a day-service registration covering the last day of the period. "
      + "Anonymous head counts are never people.", null),
  DAY_SERVICE_REGULAR("day-service-regular", "Regular day-service attenders", Unit.PEOPLE, Direction.GOOD_WHEN_UP,
      "People who attended at least one session in at least 4 of the eight 7-day blocks making up the 56 days "
      + "ending on the last day of the period.", null),
  DAY_SERVICE_SEVERAL("day-service-several", "Using two or more services", Unit.PEOPLE, Direction.GOOD_WHEN_UP,
      "People with a registration overlapping the period, or an attendance in it, at two or more distinct day "
      + "services.", null),
  CONNECTIONS_PER_PERSON("connections-per-person", "Community connections per person", Unit.PER_PERSON,
      Direction.GOOD_WHEN_UP, "Active community connections on the last day of the period per person on the "
      + "caseload; a connection is active from its start up to the day before its end.", null),
  CONNECTIONS_SHARE("connections-share", "People with a community connection", Unit.PERCENT,
      Direction.GOOD_WHEN_UP, "The share of people on the caseload with at least one active community connection "
      + "on the last day of the period.", null),
  HEALTH_CHECKS("health-checks", "Physical health checks complete", Unit.PERCENT, Direction.GOOD_WHEN_UP,
      "The share of people on the caseload on the last day of the period with each of the six core elements of a "
      + "health check recorded in the 365 days ending that day.", null),
  PAIRED_OUTCOMES("paired-outcomes", "People with paired DIALOG scores", Unit.PEOPLE, Direction.GOOD_WHEN_UP,
      "People on the caseload with two DIALOG scores at least 30 days apart in the 12 months ending on the last "
      + "day of the period (the earliest and the latest score in those months).", null),
  PAIRED_OUTCOMES_SHARE("paired-outcomes-share", "Share of the caseload with paired scores", Unit.PERCENT,
      Direction.GOOD_WHEN_UP, "People with paired DIALOG scores as a share of the people on the caseload.", null),
  PAIRED_OUTCOMES_CHANGE("paired-outcomes-change", "Mean change in DIALOG score", Unit.SCORE_CHANGE,
      Direction.GOOD_WHEN_UP, "Over the people with paired DIALOG scores, the mean of latest − earliest score "
      + "(the mean of items 1 to 8, from 1 to 7).", null),
  IN_WORK("in-work", "In work, volunteering, education or training", Unit.PEOPLE, Direction.GOOD_WHEN_UP,
      "People on the caseload whose vocational status on the last day of the period (the latest status dated on or "
      + "before it; voided ones left out) is employed, student or unpaid voluntary work, or has volunteering, "
      + "education or training recorded beside it. People with no status recorded are not counted.", null),
  COMMUNITY_ACCESS("community-access", "Community access", Unit.PEOPLE, Direction.GOOD_WHEN_UP, "People with two "
      + "or more contacts in the 12 months ending on the last day of the period, with any partner: contacts "
      + "recorded in notes that took place (face to face, phone, video, group or outreach; not \"did not "
      + "attend\", plain notes or the person's own entries; voided notes left out) and day-service sessions "
      + "attended. Whole alliance only.", null),
  PLANS_AGREED("plans-agreed", "Support plans agreed with the person", Unit.PEOPLE, Direction.GOOD_WHEN_UP,
      "People whose support plan had a new version agreed in the period by both them and their worker (the day, "
      + "in UK time, the second of them agreed). Whole alliance only.", null),
  RECRUITMENT_PANELS("recruitment-panels", "Recruitment panels with people who use services", Unit.RECORDS,
      Direction.GOOD_WHEN_UP, "Recruitment interview panels held in the period (the interview date in the "
      + "period) with at least one member who uses services. Narrowed to an organisation, the panels for its "
      + "posts; for the whole alliance or one organisation only.", null),
  FORUM_ACTIONS_CLOSED("forum-actions-closed", "Forum actions closed", Unit.RECORDS, Direction.GOOD_WHEN_UP,
      "Service-user forum actions whose closing date lies in the period; voided actions, and actions of voided "
      + "issues or meetings, are left out. Whole alliance only.", null),
  COST_OF_CARE("cost-of-care", "Cost of care", Unit.PENCE, Direction.GOOD_WHEN_DOWN, "For each stay, each day it "
      + "covers in the period costs the weekly rate in force that day divided by 7; summed exactly and rounded "
      + "half-up to the penny once. Whole alliance only.", null),
  SAVINGS_SHARE("savings-share", "Savings against the original budget", Unit.PERCENT, Direction.GOOD_WHEN_UP,
      "For a financial year with a budget: (original budget − cost of care, actual to date and forecast for the "
      + "rest) / original budget. Whole alliance only.", null),
  WORKFORCE_HEADCOUNT("workforce-headcount", "Staff", Unit.STAFF, Direction.NEITHER, "Staff with a contract "
      + "covering the last day of the period.", null),
  WORKFORCE_MEAN_HOURS("workforce-mean-hours", "Mean contracted hours", Unit.HOURS, Direction.NEITHER,
      "The mean contracted weekly hours of those staff, to one decimal place.", null),
  WORKFORCE_WTE("workforce-wte", "Whole-time equivalents", Unit.WHOLE_TIME_EQUIVALENTS, Direction.NEITHER,
      "The sum of those staff's contracted hours over the alliance's standard week (37.5 hours unless set), to "
      + "one decimal place.", null),
  WORKFORCE_LIVED_EXPERIENCE("workforce-lived-experience", "Staff with lived experience", Unit.STAFF,
      Direction.GOOD_WHEN_UP, "Those staff recorded as having lived experience of mental ill health.", null);

  private final String id;
  private final String title;
  private final Unit unit;
  private final Direction direction;
  private final String definition;
  private final @Nullable String target;

  FigureId(String id, String title, Unit unit, Direction direction, String definition, @Nullable String target) {
    this.id = id;
    this.title = title;
    this.unit = unit;
    this.direction = direction;
    this.definition = definition;
    this.target = target;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Unit unit() {
    return unit;
  }

  public Direction direction() {
    return direction;
  }

  public String definition() {
    return definition;
  }

  /** The target set for the figure, in words, if any. */
  public @Nullable String target() {
    return target;
  }

  public static Optional<FigureId> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
