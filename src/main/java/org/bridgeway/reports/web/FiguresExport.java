package org.bridgeway.reports.web;

import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Choice;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FiguresForm;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.Unit;
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
 * parameters (the period, the baseline and the filters, read by {@link FiguresForm} as the dashboard reads them),
 * so a link from the dashboard downloads what it shows.
 * Values are as the dashboard computes them, suppressed for commissioners the same way.
 */
@RestController
class FiguresExport {

  private final AllianceFigures figures;
  private final AuditTrail audit;

  FiguresExport(AllianceFigures figures, AuditTrail audit) {
    this.figures = figures;
    this.audit = audit;
  }

  @GetMapping("/reports/figures.csv")
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute FiguresForm query) {
    return TableExport.csvResponse(table(user, query), "alliance-figures");
  }

  @GetMapping("/reports/figures.xlsx")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute FiguresForm query) {
    return TableExport.xlsxResponse(List.of(table(user, query)), "alliance-figures");
  }

  private Table table(CurrentUser user, FiguresForm form) {
    Choice choice = form.choice(figures.defaultPeriod());
    Period chosen = choice.period();
    Period against = choice.baseline();
    Filters filters = choice.filters();
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
}
