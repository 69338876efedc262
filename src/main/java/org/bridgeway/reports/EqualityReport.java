package org.bridgeway.reports;

import static org.bridgeway.reports.ReportCells.countRows;
import static org.bridgeway.reports.ReportCells.figureCell;
import static org.bridgeway.reports.ReportCells.notShown;
import static org.bridgeway.reports.ReportCells.share;
import static org.bridgeway.reports.ReportCells.small;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Period;
import org.bridgeway.people.Codes;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.reports.internal.ReportStore.Monitored;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Equality monitoring: the people on the caseload on the period's last day by age band, gender and ethnic group. */
@Component
class EqualityReport implements OneReport {

  /** Age bands in whole years on the day: each band includes its first and last birthday. */
  static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("Under 18", 0, 17), new AgeBand("18 to 24", 18, 24),
      new AgeBand("25 to 34", 25, 34), new AgeBand("35 to 44", 35, 44), new AgeBand("45 to 54", 45, 54),
      new AgeBand("55 to 64", 55, 64), new AgeBand("65 and over", 65, Integer.MAX_VALUE));

  record AgeBand(String label, int from, int to) {}

  private final ReportStore store;
  private final AllianceFigures figures;

  EqualityReport(ReportStore store, AllianceFigures figures) {
    this.store = store;
    this.figures = figures;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.EQUALITY;
  }

  @Override
  public Report report(CurrentUser user, Period period, boolean commissioner) {
    LocalDate day = period.end();
    UUID alliance = user.alliance();
    List<Monitored> people = store.caseloadPeople(alliance, day);
    Figure total = ReportCells.figure(figures, user, new Period(day, day), FigureId.CASELOAD);
    Map<String, Long> ages = new LinkedHashMap<>();
    AGE_BANDS.forEach(b -> ages.put(b.label(), 0L));
    people.forEach(p -> ages.merge(ageBand(p.dateOfBirth(), day).label(), 1L, Long::sum));
    Map<String, Long> genders = grouped(Codes.GENDER, people, Monitored::gender);
    Map<String, Long> groups = grouped(Codes.ETHNICITY, people, Monitored::ethnicity);
    long n = people.size();
    return new Report(ReportKind.EQUALITY, ReportCells.on(day), List.of(
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
}
