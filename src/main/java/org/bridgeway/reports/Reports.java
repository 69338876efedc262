package org.bridgeway.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.people.Codes;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.reports.internal.ReportStore.Lengths;
import org.bridgeway.reports.internal.ReportStore.Monitored;
import org.bridgeway.reports.internal.ReportStore.Waits;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports ({@link ReportKind}) for administrators, managers and commissioners. Where a report holds a figure
 * of the dashboard (the caseload, the waits over all referrals, the stays past their intended length), the figure
 * is taken from {@link AllianceFigures}, so the two always agree; the breakdowns are counted by the same terms.
 * For commissioners, each column of counts is suppressed by {@link SmallCounts}, and a median, mean, longest stay
 * or share resting on 1 to 4 people or stays is not shown either.
 */
@Service
public class Reports {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  /** Age bands in whole years on the day: each band includes its first and last birthday. */
  static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("Under 18", 0, 17), new AgeBand("18 to 24", 18, 24),
      new AgeBand("25 to 34", 25, 34), new AgeBand("35 to 44", 35, 44), new AgeBand("45 to 54", 45, 54),
      new AgeBand("55 to 64", 55, 64), new AgeBand("65 and over", 65, Integer.MAX_VALUE));

  record AgeBand(String label, int from, int to) {}

  private final ReportStore store;
  private final AllianceFigures figures;
  private final Services services;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  Reports(ReportStore store, AllianceFigures figures, Services services, Organisations organisations,
      AuditTrail audit, Clock clock) {
    this.store = store;
    this.figures = figures;
    this.services = services;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The period a report shows unless another is chosen: the last full quarter, or its last day. */
  public Period defaultPeriod() {
    return Period.lastFullQuarter(today());
  }

  /** The report for the period; a report for a day is for the period's last day. */
  @Transactional
  public Report report(CurrentUser user, ReportKind kind, Period period) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("reports");
    }
    boolean commissioner = user.is(Role.COMMISSIONER);
    Report report = switch (kind) {
      case CASELOAD -> caseload(user, period.end(), commissioner);
      case WAITING -> waiting(user, period, commissioner);
      case OCCUPANCY -> occupancy(user, period.end(), commissioner);
      case LENGTH_OF_STAY -> lengthOfStay(user, period, commissioner);
      case EQUALITY -> equality(user, period.end(), commissioner);
    };
    audit.record(user, user.alliance(), AuditAction.VIEW, "Report", null, null,
        kind.title() + " report: " + report.covers());
    return report;
  }

  private Figure figure(CurrentUser user, Period period, FigureId id) {
    return figures.compute(user, period, period.yearEarlier(), Filters.none()).stream()
        .filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  private static String on(LocalDate day) {
    return "On " + day.format(DAY);
  }

  private List<ServiceRecord> stayServices(UUID alliance) {
    return services.all(alliance).stream().filter(s -> !s.kind().dayService())
        .sorted(Comparator.comparing(ServiceRecord::name)).toList();
  }

  private static List<ServiceKind> stayKinds() {
    return Arrays.stream(ServiceKind.values()).filter(k -> !k.dayService()).toList();
  }

  // The caseload

  Report caseload(CurrentUser user, LocalDate day, boolean commissioner) {
    UUID alliance = user.alliance();
    Figure total = figure(user, new Period(day, day), FigureId.CASELOAD);
    Map<String, Long> byKind = store.peopleByKind(alliance, day);
    Map<UUID, Long> byService = store.peopleByService(alliance, day);
    Map<UUID, Long> byOrganisation = store.peopleByOrganisation(alliance, day);

    List<List<Cell>> kindRows = countRows(stayKinds(), k -> List.of(Cell.text(k.label())),
        k -> byKind.getOrDefault(k.name(), 0L), commissioner, c -> List.of());
    kindRows.add(List.of(Cell.text("Everyone on the caseload"), figureCell(total)));
    List<ServiceRecord> stayServices = stayServices(alliance);
    List<List<Cell>> serviceRows = countRows(stayServices, s -> List.of(Cell.text(s.name()),
        Cell.text(s.kind().label()), Cell.text(s.organisationName())), s -> byService.getOrDefault(s.id(), 0L),
        commissioner, c -> List.of());
    List<Organisation> orgs = organisations.all(alliance);
    List<List<Cell>> orgRows = countRows(orgs, o -> List.of(Cell.text(o.name())),
        o -> byOrganisation.getOrDefault(o.id(), 0L), commissioner, c -> List.of());
    orgRows.add(List.of(Cell.text("Everyone on the caseload"), figureCell(total)));

    return new Report(ReportKind.CASELOAD, on(day), List.of(
        new Report.Definition("People on the caseload", FigureId.CASELOAD.definition()),
        new Report.Definition("By kind of service and by service", "People with a stay covering the day at a "
            + "service of that kind, or at that service. A person with stays at two services on the day counts "
            + "at each, so the rows can add up to more than the people on the caseload; people known only "
            + "through a care team are counted in the total alone."),
        new Report.Definition("By partner organisation", "People with a stay covering the day at one of the "
            + "organisation's services, or with one of its staff on their care team on the day.")),
        List.of(new Table("People on the caseload by kind of service", "by-kind", List.of("Kind of service", "People"),
            kindRows),
            new Table("People on the caseload by service", "by-service",
                List.of("Service", "Kind of service", "Organisation", "People"), serviceRows),
            new Table("People on the caseload by partner organisation", "by-organisation",
                List.of("Organisation", "People"), orgRows)), commissioner);
  }

  // Waiting

  Report waiting(CurrentUser user, Period period, boolean commissioner) {
    UUID alliance = user.alliance();
    List<Figure> all = figures.compute(user, period, period.yearEarlier(), Filters.none());
    List<ServiceRecord> list = services.all(alliance).stream().sorted(Comparator.comparing(ServiceRecord::name))
        .toList();
    Table decision = waitTable("Waiting from referral to decision", "to-decision", "Referrals decided",
        list, store.toDecision(alliance, period.start(), period.end()), commissioner,
        find(all, FigureId.WAITING_DECISION_MEDIAN), find(all, FigureId.WAITING_DECISION_90TH));
    Table contact = waitTable("Waiting from decision to first contact", "to-first-contact",
        "Referrals first seen", list, store.toFirstContact(alliance, period.start(), period.end()), commissioner,
        find(all, FigureId.WAITING_CONTACT_MEDIAN), find(all, FigureId.WAITING_CONTACT_90TH));
    return new Report(ReportKind.WAITING, period.text(), List.of(
        new Report.Definition(FigureId.WAITING_DECISION_MEDIAN.title(), FigureId.WAITING_DECISION_MEDIAN.definition()),
        new Report.Definition(FigureId.WAITING_DECISION_90TH.title(), FigureId.WAITING_DECISION_90TH.definition()),
        new Report.Definition(FigureId.WAITING_CONTACT_MEDIAN.title(), FigureId.WAITING_CONTACT_MEDIAN.definition()),
        new Report.Definition(FigureId.WAITING_CONTACT_90TH.title(), FigureId.WAITING_CONTACT_90TH.definition()),
        new Report.Definition("By service", "The referrals asking for the service; a referral asking for two "
            + "services counts at each, and one left to the panel to place counts under all referrals alone. "
            + "Only services with a referral in the period are listed.")),
        List.of(decision, contact), commissioner);
  }

  private static Figure find(List<Figure> all, FigureId id) {
    return all.stream().filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  private Table waitTable(String title, String name, String countHeading, List<ServiceRecord> list,
      Map<UUID, Waits> waits, boolean commissioner, Figure median, Figure ninetieth) {
    List<ServiceRecord> asked = list.stream().filter(s -> waits.containsKey(s.id())).toList();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text("All referrals"), Cell.hidden(Kind.COUNT, ""), daysCell(median),
        daysCell(ninetieth)));
    rows.addAll(countRows(asked, s -> List.of(Cell.text(s.name())), s -> waits.get(s.id()).count(), commissioner,
        s -> small(commissioner, waits.get(s.id()).count()) ? List.of(notShown(), notShown())
            : List.of(Cell.number(waits.get(s.id()).median()), Cell.number(waits.get(s.id()).ninetieth()))));
    return new Table(title, name, List.of("Service", countHeading, "Median (days)", "90th percentile (days)"), rows);
  }

  private static Cell daysCell(Figure f) {
    return f.value() == null ? Cell.hidden(Kind.NUMBER, f.valueText()) : Cell.number(f.value());
  }

  // Occupancy

  Report occupancy(CurrentUser user, LocalDate day, boolean commissioner) {
    UUID alliance = user.alliance();
    Map<UUID, Long> inUse = store.staysByService(alliance, day);
    List<ServiceRecord> withPlaces = stayServices(alliance).stream().filter(s -> s.capacity() != null).toList();
    long places = withPlaces.stream().mapToLong(ServiceRecord::capacity).sum();
    long used = withPlaces.stream().mapToLong(s -> inUse.getOrDefault(s.id(), 0L)).sum();
    List<List<Cell>> rows = countRows(withPlaces, s -> List.of(Cell.text(s.name()), Cell.text(s.kind().label()),
            Cell.count(s.capacity())), s -> inUse.getOrDefault(s.id(), 0L), commissioner,
        s -> List.of(share(inUse.getOrDefault(s.id(), 0L), s.capacity(), commissioner)));
    boolean hideTotal = small(commissioner, used);
    rows.add(List.of(Cell.text("All services with places"), Cell.text(""), Cell.count(places),
        hideTotal ? Cell.hidden(Kind.COUNT, SmallCounts.text(used)) : Cell.count(used),
        share(used, places, commissioner)));
    return new Report(ReportKind.OCCUPANCY, on(day), List.of(
        new Report.Definition("Places", "The places a service has (its beds, flats or places) as recorded for "
            + "the service now. Services without a number of places are not listed."),
        new Report.Definition("In use", "Stays at the service covering the day: a stay covers the days from its "
            + "start up to the day before its end."),
        new Report.Definition("Share in use", "In use ÷ places, as a percentage to one decimal place; over 100% "
            + "when a service holds more stays than places.")),
        List.of(new Table("Places available and in use", "places", List.of("Service", "Kind of service", "Places",
            "In use", "Share in use"), rows)), commissioner);
  }

  /** part / whole as a percentage to one decimal place (half-up); hidden with a small part for commissioners. */
  static Cell share(long part, long whole, boolean commissioner) {
    if (small(commissioner, part)) {
      return notShown();
    }
    return Cell.percent(whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
        RoundingMode.HALF_UP));
  }

  // Length of stay

  Report lengthOfStay(CurrentUser user, Period period, boolean commissioner) {
    UUID alliance = user.alliance();
    Map<String, Lengths> completed = store.completedStays(alliance, period.start(), period.end());
    Map<String, Long> over = store.overstayingByKind(alliance, period.end());
    Figure overFigure = figure(user, period, FigureId.LENGTH_OF_STAY_OVER);
    List<ServiceKind> kinds = stayKinds();
    List<List<Cell>> done = countRows(kinds.stream().filter(k -> completed.containsKey(k.name())).toList(),
        k -> List.of(Cell.text(k.label())), k -> completed.get(k.name()).count(), commissioner, k -> {
          Lengths l = completed.get(k.name());
          if (small(commissioner, l.count())) {
            return List.of(notShown(), notShown(), notShown());
          }
          return List.of(Cell.number(l.median()), Cell.number(l.mean()),
              Cell.number(l.longest() == null ? null : BigDecimal.valueOf(l.longest())));
        });
    List<List<Cell>> past = countRows(kinds.stream().filter(k -> over.containsKey(k.name())).toList(),
        k -> List.of(Cell.text(k.label())), k -> over.get(k.name()), commissioner, k -> List.of());
    past.add(List.of(Cell.text("All services"), figureCell(overFigure)));
    return new Report(ReportKind.LENGTH_OF_STAY, period.text(), List.of(
        new Report.Definition("Completed stays", "Stays whose end date lies in the period, at services of the "
            + "kind. A stay's length is the days it covers: its end date − its start date."),
        new Report.Definition("Median", "The nearest-rank median: the length at rank ⌈n/2⌉ of the n stays in "
            + "order."),
        new Report.Definition("Mean", "The sum of the lengths ÷ the number of stays, to one decimal place."),
        new Report.Definition(FigureId.LENGTH_OF_STAY_OVER.title(), FigureId.LENGTH_OF_STAY_OVER.definition())),
        List.of(new Table("Stays completed in the period", "completed", List.of("Kind of service",
            "Stays completed", "Median (days)", "Mean (days)", "Longest (days)"), done),
            new Table("Stays past their intended length on the last day", "past-intended",
                List.of("Kind of service", "Stays"), past)), commissioner);
  }

  // Equality monitoring

  Report equality(CurrentUser user, LocalDate day, boolean commissioner) {
    UUID alliance = user.alliance();
    List<Monitored> people = store.caseloadPeople(alliance, day);
    Figure total = figure(user, new Period(day, day), FigureId.CASELOAD);
    Map<String, Long> ages = new LinkedHashMap<>();
    AGE_BANDS.forEach(b -> ages.put(b.label(), 0L));
    people.forEach(p -> ages.merge(ageBand(p.dateOfBirth(), day).label(), 1L, Long::sum));
    Map<String, Long> genders = grouped(Codes.GENDER, people, Monitored::gender);
    Map<String, Long> groups = grouped(Codes.ETHNICITY, people, Monitored::ethnicity);
    long n = people.size();
    return new Report(ReportKind.EQUALITY, on(day), List.of(
        new Report.Definition("People on the caseload", FigureId.CASELOAD.definition()),
        new Report.Definition("Age band", "Age in whole years on the day: a person is 18 from their 18th "
            + "birthday. Someone born on 29 February turns a year older on 1 March in other years."),
        new Report.Definition("Gender", "As recorded on the person's record, by the NHS data dictionary's "
            + "person stated gender codes; \"Not recorded\" when left blank."),
        new Report.Definition("Ethnic group", "As recorded, by the NHS data dictionary's ethnic category codes "
            + "(as in the Mental Health Services Data Set); \"Not recorded\" when left blank, which differs from "
            + "\"Not stated\" (asked and declined)."),
        new Report.Definition("Share", "People in the group ÷ people on the caseload, as a percentage to one "
            + "decimal place.")),
        List.of(groupTable("People on the caseload by age band", "age", "Age band", ages, n, total, commissioner),
            groupTable("People on the caseload by gender", "gender", "Gender", genders, n, total, commissioner),
            groupTable("People on the caseload by ethnic group", "ethnicity", "Ethnic group", groups, n, total,
                commissioner)), commissioner);
  }

  static AgeBand ageBand(LocalDate born, LocalDate day) {
    int age = java.time.Period.between(born, day).getYears();
    return AGE_BANDS.stream().filter(b -> age >= b.from() && age <= b.to()).findFirst().orElse(AGE_BANDS.get(0));
  }

  private static Map<String, Long> grouped(Map<String, String> codes, List<Monitored> people,
      Function<Monitored, @Nullable String> field) {
    Map<String, Long> counts = new LinkedHashMap<>();
    codes.values().forEach(label -> counts.put(label, 0L));
    counts.put("Not recorded", 0L);
    for (Monitored p : people) {
      String code = field.apply(p);
      counts.merge(code == null || code.isBlank() ? "Not recorded" : Codes.label(codes, code), 1L, Long::sum);
    }
    return counts;
  }

  private static Table groupTable(String title, String name, String heading, Map<String, Long> counts, long n,
      Figure total, boolean commissioner) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    List<List<Cell>> rows = countRows(entries, e -> List.of(Cell.text(e.getKey())), Map.Entry::getValue,
        commissioner, e -> List.of(small(commissioner, e.getValue()) ? notShown() : share(e.getValue(), n, false)));
    rows.add(List.of(Cell.text("Everyone on the caseload"), figureCell(total),
        total.value() == null ? notShown() : Cell.percent(n == 0 ? null : new BigDecimal("100.0"))));
    return new Table(title, name, List.of(heading, "People", "Share"), rows);
  }

  // Rows of counts, suppressed for commissioners

  /**
   * A row per item: its leading cells, its count, then the cells that follow the count. For commissioners the
   * column of counts is suppressed by {@link SmallCounts}; a row whose count is hidden as the complement of
   * another shows its following cells, as they rest on 5 or more.
   */
  private static <T> List<List<Cell>> countRows(List<T> items, Function<T, List<Cell>> leading,
      Function<T, Long> count, boolean commissioner, Function<T, List<Cell>> following) {
    List<Long> counts = items.stream().map(count).toList();
    List<Integer> hidden = commissioner ? SmallCounts.hidden(counts) : List.of();
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Cell> row = new ArrayList<>(leading.apply(items.get(i)));
      long n = counts.get(i);
      row.add(hidden.contains(i) ? Cell.hidden(Kind.COUNT, SmallCounts.text(n)) : Cell.count(n));
      row.addAll(following.apply(items.get(i)));
      rows.add(row);
    }
    return rows;
  }

  private static boolean small(boolean commissioner, long count) {
    return commissioner && org.bridgeway.figures.SmallNumbers.small(count);
  }

  private static Cell notShown() {
    return Cell.hidden(Kind.NUMBER, org.bridgeway.figures.SmallNumbers.NOT_SHOWN);
  }

  private static Cell figureCell(Figure f) {
    return f.value() == null ? Cell.hidden(Kind.COUNT, f.valueText()) : Cell.count(f.value().longValue());
  }
}
