package org.bridgeway.figures.internal;

import java.util.List;
import org.bridgeway.figures.FigureId;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of each pathway figure, written once: a {@code from ... where ...} fragment choosing the rows the figure
 * counts, what is counted of them, and the columns of each row. The count ({@code select count(...) from ...})
 * and the list of records behind it ({@code select columns from ...}) are built from the same fragment, so the
 * two cannot drift apart. Each fragment binds {@code :alliance}, {@code :first}, {@code :last} and the filters of
 * {@link PathwayFigureStore#FILTERS}. The definitions in words are those of {@link FigureId}.
 *
 * @param from the rows the figure counts, from {@code from} to the end of their {@code where}
 * @param person the expression for the row's person (or null for none)
 * @param distinctPeople true when the figure counts distinct people rather than rows
 * @param columns the row's columns after the person, as text, named {@code c1}, {@code c2}, ...
 * @param headings the headings of those columns
 * @param order the order of the rows of one person, of which the first is listed; null to list each person once
 *     with their rows' columns aggregated
 */
record PathwayDefinitions(String from, String person, boolean distinctPeople, String columns, List<String> headings,
    @Nullable String order) {

  static final String RESIDENTIAL = "('NURSING_CARE', 'RESIDENTIAL_CARE')";

  /** The filters, on the service {@code sv}. */
  static final String FILTERS = "\n" + """
       and (cast(:organisation as uuid) is null or sv.organisation_id = :organisation)
       and (cast(:service as uuid) is null or sv.id = :service)
       and (cast(:kind as text) is null or sv.kind = :kind)
       and (cast(:locality as uuid) is null or sv.locality_id = :locality)""";

  static final String STAYS = "\n" + """
      from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
      where st.alliance_id = :alliance""";

  static final String COVERS_LAST = " and st.start_date <= :last and (st.end_date is null or st.end_date > :last)";

  /** A date as "10 May 2026". */
  static String day(String column) {
    return "to_char(" + column + ", 'FMDD FMMonth YYYY')";
  }

  /** An end reason as "Moved on". */
  static String reason(String column) {
    return "upper(substr(" + column + ", 1, 1)) || lower(replace(substr(" + column + ", 2), '_', ' '))";
  }

  static final String STAY_COLUMNS = "sv.name as c1, " + day("st.start_date") + " as c2, coalesce("
      + day("st.end_date") + ", 'Open') as c3, coalesce(" + reason("st.end_reason") + ", '') as c4";
  static final List<String> STAY_HEADINGS = List.of("Service", "Start", "End", "How it ended");

  private static PathwayDefinitions stays(String where, boolean distinctPeople) {
    return new PathwayDefinitions(STAYS + where + FILTERS, "st.person_id", distinctPeople, STAY_COLUMNS,
        STAY_HEADINGS, "st.start_date, sv.name");
  }

  static final PathwayDefinitions RESIDENTIAL_PLACEMENTS = stays(" and sv.kind in " + RESIDENTIAL + COVERS_LAST, true);

  static final PathwayDefinitions REHAB_ADMISSIONS = stays(" and sv.kind = 'INPATIENT_REHABILITATION'"
      + " and st.start_date between :first and :last", false);

  /** No other residential stay of the person covers the day before the start, or the day before that. */
  static final PathwayDefinitions RESIDENTIAL_ENTRANCES = stays(" and sv.kind in " + RESIDENTIAL
      + " and st.start_date between :first and :last and not exists (select 1 from stay o"
      + " join service osv on osv.alliance_id = o.alliance_id and osv.id = o.service_id"
      + " where o.alliance_id = st.alliance_id and o.person_id = st.person_id and o.id <> st.id"
      + " and osv.kind in " + RESIDENTIAL + " and o.start_date <= st.start_date - 1"
      + " and (o.end_date is null or o.end_date > st.start_date - 2))", false);

  /** Ended not by death, and no other residential stay of the person covers the end date or the day after. */
  static final PathwayDefinitions RESIDENTIAL_DISCHARGES = stays(" and sv.kind in " + RESIDENTIAL
      + " and st.end_date between :first and :last and st.end_reason <> 'DIED' and not exists (select 1 from stay o"
      + " join service osv on osv.alliance_id = o.alliance_id and osv.id = o.service_id"
      + " where o.alliance_id = st.alliance_id and o.person_id = st.person_id and o.id <> st.id"
      + " and osv.kind in " + RESIDENTIAL + " and o.start_date <= st.end_date + 1"
      + " and (o.end_date is null or o.end_date > st.end_date))", false);

  /** Stays covering the last day whose covered days so far exceed their service's intended longest stay. */
  static final PathwayDefinitions OVERSTAYING = stays(" and sv.intended_stay_max_days is not null" + COVERS_LAST
      + " and cast(:last as date) - st.start_date + 1 > sv.intended_stay_max_days", false);

  /**
   * People whose rehabilitation or residential stay ended in the period, not by death, whose next stay on the
   * ladder (starting on the end date up to 7 days after; of two on one day the lower level) is at a higher
   * level, or whose stay ended with the reason "returned home".
   */
  static final PathwayDefinitions MOVED_ON = new PathwayDefinitions("""
       from (
          select st.id, st.person_id, st.start_date, st.end_date, st.end_reason, lv.level, sv.name
          from stay st
          join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
          join ladder_level lv on lv.alliance_id = sv.alliance_id and lv.kind = sv.kind
          where st.alliance_id = :alliance
            and sv.kind in ('INPATIENT_REHABILITATION', 'NURSING_CARE', 'RESIDENTIAL_CARE')
            and st.end_date between :first and :last and st.end_reason <> 'DIED'""" + FILTERS + """
          ) e
      where e.end_reason = 'RETURNED_HOME' or (
          select nlv.level from stay n
          join service nsv on nsv.alliance_id = n.alliance_id and nsv.id = n.service_id
          join ladder_level nlv on nlv.alliance_id = nsv.alliance_id and nlv.kind = nsv.kind
          where n.alliance_id = :alliance and n.person_id = e.person_id and n.id <> e.id
            and n.start_date between e.end_date and e.end_date + 7
          order by n.start_date, nlv.level limit 1) > e.level""", "e.person_id", true,
      "e.name as c1, " + day("e.start_date") + " as c2, " + day("e.end_date") + " as c3, "
          + reason("e.end_reason") + " as c4", List.of("Service left", "Start", "End", "How it ended"),
      "e.end_date, e.name");

  /** The people on the caseload on the last day (see {@link FigureId#CASELOAD}); binds {@code :careTeams}. */
  static final PathwayDefinitions CASELOAD = new PathwayDefinitions("from (select st.person_id, sv.name as what"
      + STAYS + COVERS_LAST + FILTERS + """
       union
      select m.person_id, 'Care team: ' || sf.given_name || ' ' || sf.family_name from care_team_member m
      join staff sf on sf.alliance_id = m.alliance_id and sf.id = m.staff_id
      where m.alliance_id = :alliance and :careTeams and m.start_date <= :last
        and (m.end_date is null or m.end_date > :last)
        and (cast(:organisation as uuid) is null or sf.organisation_id = :organisation)) c""", "c.person_id", true,
      "string_agg(c.what, '; ' order by c.what) as c1", List.of("Stays and care team on the last day"), null);

  /**
   * The referrals a wait is taken over: decided (or first seen) in the period; narrowed to services, those asking
   * for one of them. {@code day} is the day that must lie in the period.
   */
  static PathwayDefinitions waits(String dayColumn, boolean narrowed) {
    String filtered = narrowed ? " and exists (select 1 from referral_request q join service sv"
        + " on sv.alliance_id = q.alliance_id and sv.id = q.service_id"
        + " where q.alliance_id = r.alliance_id and q.referral_id = r.id" + FILTERS + ")" : "";
    return new PathwayDefinitions(" from referral r where r.alliance_id = :alliance and r.decided_on is not null and "
        + dayColumn + " between :first and :last" + filtered, "r.person_id", false,
        day("r.received_on") + " as c1, " + day("r.decided_on") + " as c2, coalesce(" + day("r.first_contact_on")
            + ", 'Not yet') as c3, (r.decided_on - r.received_on)::text as c4, coalesce((r.first_contact_on"
            + " - r.decided_on)::text, '') as c5",
        List.of("Received", "Decided", "First contact", "Days to decision", "Days from decision to contact"),
        dayColumn + ", r.id");
  }

  /** The expression counted. */
  String counted() {
    return distinctPeople ? "count(distinct " + person + ")" : "count(*)";
  }

  /** The rows, one per person when the figure counts people, with the person and columns {@code c1...}. */
  String rows() {
    if (distinctPeople && order == null) {
      return "select " + person + " as person_id, " + columns + " " + from + " group by " + person;
    }
    return "select " + (distinctPeople ? "distinct on (" + person + ") " : "") + person + " as person_id, "
        + columns + " " + from + (distinctPeople ? " order by " + person + ", " + order : "");
  }
}
