package org.bridgeway.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.Unit;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;
import org.bridgeway.shared.TableExport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's table of figures as CSV and as a spreadsheet, asked for with the dashboard's own query
 * parameters (the period, the baseline and the filters), so a link from the dashboard downloads what it shows.
 * Values are as the dashboard computes them, suppressed for commissioners the same way.
 */
@RestController
class FiguresExport {

  /** The dashboard's query parameters. */
  record DashboardQuery(
      @Nullable String startDay, @Nullable String startMonth, @Nullable String startYear,
      @Nullable String endDay, @Nullable String endMonth, @Nullable String endYear,
      @Nullable String baselineStartDay, @Nullable String baselineStartMonth, @Nullable String baselineStartYear,
      @Nullable String baselineEndDay, @Nullable String baselineEndMonth, @Nullable String baselineEndYear,
      @Nullable String organisation, @Nullable String service, @Nullable String serviceKind,
      @Nullable String locality) {}

  private final AllianceFigures figures;
  private final AuditTrail audit;

  FiguresExport(AllianceFigures figures, AuditTrail audit) {
    this.figures = figures;
    this.audit = audit;
  }

  @GetMapping("/reports/figures.csv")
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardQuery query) {
    return TableExport.csvResponse(table(user, query), "alliance-figures");
  }

  @GetMapping("/reports/figures.xlsx")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardQuery query) {
    return TableExport.xlsxResponse(List.of(table(user, query)), "alliance-figures");
  }

  private Table table(CurrentUser user, DashboardQuery q) {
    List<FieldProblem> problems = new ArrayList<>();
    Period period = period(q.startDay(), q.startMonth(), q.startYear(), q.endDay(), q.endMonth(), q.endYear(),
        "start", "end", problems);
    Period baseline = period(q.baselineStartDay(), q.baselineStartMonth(), q.baselineStartYear(),
        q.baselineEndDay(), q.baselineEndMonth(), q.baselineEndYear(), "baselineStart", "baselineEnd", problems);
    Filters filters = new Filters(uuid("organisation", q.organisation(), problems),
        uuid("service", q.service(), problems), kind(q.serviceKind(), problems), uuid("locality", q.locality(),
        problems));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Period chosen = period == null ? figures.defaultPeriod() : period;
    Period against = baseline == null ? chosen.yearEarlier() : baseline;
    List<Figure> all = figures.compute(user, chosen, against, filters);
    List<List<Cell>> rows = all.stream().map(f -> List.of(Cell.text(f.id()), Cell.text(f.title()),
        value(f.unit(), f.value(), f.valueText()), value(f.unit(), f.baselineValue(), f.baselineText()),
        f.change() == null ? Cell.hidden(Kind.PERCENT, f.changeText()) : Cell.percent(f.change()),
        Cell.text(f.target() == null ? "None set" : f.target()), Cell.text(f.statusText()),
        Cell.text(f.definition()))).toList();
    audit.record(user, user.alliance(), AuditAction.EXPORT, "Alliance figures", null, null, "Figures for "
        + chosen.text() + " against " + against.text() + (filters.any() ? ", narrowed" : ""));
    return new Table("Alliance figures, " + chosen.text(), "figures", List.of("Id", "Figure",
        "Value (" + chosen.text() + ")", "Baseline (" + against.text() + ")", "Change (%)", "Target", "Status",
        "Definition"), rows);
  }

  private static Cell value(Unit unit, java.math.@Nullable BigDecimal value, String text) {
    if (value == null) {
      return Cell.hidden(unit == Unit.PENCE ? Kind.PENCE : Kind.NUMBER, text);
    }
    return switch (unit) {
      case PENCE -> Cell.pence(value.longValueExact());
      case PERCENT -> Cell.percent(value);
      case PEOPLE, STAYS, STAFF -> Cell.count(value.longValue());
      default -> Cell.number(value);
    };
  }

  private static @Nullable Period period(@Nullable String sd, @Nullable String sm, @Nullable String sy,
      @Nullable String ed, @Nullable String em, @Nullable String ey, String startField, String endField,
      List<FieldProblem> problems) {
    LocalDate start = date(startField, sd, sm, sy, problems);
    LocalDate end = date(endField, ed, em, ey, problems);
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null) {
      problems.add(new FieldProblem(start == null ? startField : endField,
          "Enter both the first and the last day of the period"));
      return null;
    }
    if (end.isBefore(start)) {
      problems.add(new FieldProblem(endField, "The last day must be on or after the first day"));
      return null;
    }
    return new Period(start, end);
  }

  private static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month,
      @Nullable String year, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    return DateParts.parse(day, month, year).orElseGet(() -> {
      problems.add(new FieldProblem(field, "Enter a real date, like 1 7 2026"));
      return null;
    });
  }

  private static @Nullable UUID uuid(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "Select an option from the list"));
      return null;
    }
  }

  private static @Nullable ServiceKind kind(@Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(ServiceKind.values()).filter(k -> k.name().equals(text)).findFirst().orElseGet(() -> {
      problems.add(new FieldProblem("serviceKind", "Select a kind of service from the list"));
      return null;
    });
  }
}
