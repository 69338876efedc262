package org.bridgeway.figures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Choice;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureRecord;
import org.bridgeway.figures.FigureRecords;
import org.bridgeway.figures.FigureTrends;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Flows;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.PlacesInUse;
import org.bridgeway.figures.SpendAgainstBudget;
import org.bridgeway.figures.Span;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The charts of the alliance figures and the records behind a figure over JSON: the very series each chart's
 * page draws and tabulates, read with the pages' own query parameters, services, access, small-numbers rule and
 * audit. Dates are ISO 8601; money is in pence. A value not shown to a commissioner (a count from 1 to 4, or
 * what would let one be worked out) is empty, with its text saying why.
 */
@RestController
@Tag(name = "Figure charts", description = "The series behind the charts of the alliance figures, and the records "
    + "behind a figure")
class FigureChartsApi {

  private final FigureTrends trends;
  private final PlacesInUse occupancy;
  private final Flows flows;
  private final SpendAgainstBudget spend;
  private final FigureRecords records;
  private final AllianceFigures figures;

  FigureChartsApi(FigureTrends trends, PlacesInUse occupancy, Flows flows, SpendAgainstBudget spend,
      FigureRecords records, AllianceFigures figures) {
    this.trends = trends;
    this.occupancy = occupancy;
    this.flows = flows;
    this.spend = spend;
    this.records = records;
    this.figures = figures;
  }

  /** One period of a figure over time: its value and, where the figure has one, its target. */
  record PointJson(LocalDate start, LocalDate end, String label, @Nullable BigDecimal value, String valueText,
      @Nullable BigDecimal target, String targetText) {}

  /** A figure over time; {@code unit} PENCE means values in pence. */
  record TrendJson(String figure, String title, String definition, String unit, @Nullable String target,
      String span, boolean narrowed, List<PointJson> points) {}

  @GetMapping("/api/figures/charts/trend")
  @Operation(summary = "A figure over time, as the chart at /figures/charts/trend draws it: the figure (by its id, "
      + "residential-placements by default) for each period of the span (8-quarters by default, 12-quarters, "
      + "12-months or 24-months), each measured as the dashboard measures that period, with its target where the "
      + "figure has one, narrowed by the dashboard's filters. ISO dates; money in pence; for commissioners a "
      + "count from 1 to 4 is empty with the text \"fewer than 5\". An unknown figure or filter answers 400.")
  TrendJson trend(@AuthenticationPrincipal CurrentUser user, @ParameterObject @ModelAttribute ChartsForm form) {
    FigureTrends.Trend t = trends.trend(user, form.figureId(), form.chosenSpan(),
        form.filters(figures.defaultPeriod()));
    return new TrendJson(t.figure().id(), t.figure().title(), t.figure().definition(), t.figure().unit().name(),
        t.hasTarget() ? t.figure().target() : null, t.span().id(), t.filters().any(), t.points().stream()
            .map(p -> new PointJson(p.period().start(), p.period().end(), p.label(), p.value(), p.valueText(),
                p.target(), p.targetText())).toList());
  }

  /** One kind of setting on one day: places in use (empty when not shown), places available, occupancy in %. */
  record OccupancyDayJson(LocalDate day, @Nullable Long inUse, long places, @Nullable BigDecimal percent,
      String inUseText, String percentText) {}

  record OccupancyRowJson(String kind, String kindLabel, long places, List<OccupancyDayJson> days) {}

  /** Occupancy on the last day of each period; {@code placesAsSetToday}: past days use today's places. */
  record OccupancyJson(String span, List<LocalDate> days, List<OccupancyRowJson> rows, boolean placesAsSetToday) {}

  @GetMapping("/api/figures/charts/occupancy")
  @Operation(summary = "Occupancy, as the chart at /figures/charts/occupancy draws it: for each kind of setting "
      + "with places, on the last day of each period of the span, places in use against places available and "
      + "the share in use (a percentage to one decimal place). Places available are the places as set today for "
      + "every period, as no history of a service's places is kept. For commissioners places in use from 1 to 4 "
      + "are empty with the text \"fewer than 5\", and their share is not shown.")
  OccupancyJson occupancy(@AuthenticationPrincipal CurrentUser user,
      @ParameterObject @ModelAttribute ChartsForm form) {
    PlacesInUse.Occupancy o = occupancy.onPeriodEnds(user, form.chosenSpan());
    return new OccupancyJson(o.span().id(), o.days(), o.rows().stream().map(r -> new OccupancyRowJson(
        r.kind().name(), r.kind().label(), r.places(), r.days().stream().map(d -> new OccupancyDayJson(d.day(),
            d.inUse(), d.places(), d.percent(), d.inUseText(), d.percentText())).toList())).toList(), true);
  }

  /**
   * Stays flowing from one place to another: a kind of setting, or empty for home or elsewhere (and, as where
   * they went, for a death, with {@code died}). {@code stays} is empty when not shown.
   */
  record FlowJson(@Nullable String from, @Nullable String to, String fromText, String toText, boolean died,
      @Nullable Long stays, String countText, String way) {}

  record FlowChartJson(LocalDate start, LocalDate end, boolean narrowed, List<String> kinds, List<FlowJson> flows) {}

  @GetMapping("/api/figures/charts/flow")
  @Operation(summary = "The flow of stays between kinds of setting on the ladder in a period, as the chart at "
      + "/figures/charts/flow draws it: moves down, up and across the ladder, entries from home or elsewhere and "
      + "exits to home or elsewhere or by death. The period is given as period=2026-04-01_2026-06-30 (by default "
      + "the last full quarter), narrowed by the dashboard's filters on the service of the stay counted (for a "
      + "move or exit the service left, for an entry the service entered). For commissioners a count from 1 to 4 "
      + "is empty with the text \"fewer than 5\", as is a narrowed one whose rest of the alliance is 1 to 4.")
  FlowChartJson flow(@AuthenticationPrincipal CurrentUser user, @ParameterObject @ModelAttribute ChartsForm form) {
    Flows.FlowChart chart = flows.between(user, form.chosenPeriod(figures.defaultPeriod()),
        form.filters(figures.defaultPeriod()));
    return new FlowChartJson(chart.period().start(), chart.period().end(), chart.filters().any(),
        chart.kinds().stream().map(Enum::name).toList(), chart.flows().stream().map(f -> new FlowJson(
            f.from() == null ? null : f.from().name(), f.to() == null ? null : f.to().name(), f.fromText(),
            f.toText(), f.died(), f.hidden() ? null : f.stays(), f.countText(), f.way().name())).toList());
  }

  /** Waiting in one period: referrals decided and first seen (empty when not shown), medians and 90th centiles. */
  record WaitingJson(LocalDate start, LocalDate end, String label, @Nullable Long decided, String decidedText,
      @Nullable BigDecimal decisionMedian, String decisionMedianText, @Nullable BigDecimal decisionNinetieth,
      String decisionNinetiethText, @Nullable Long seen, String seenText, @Nullable BigDecimal contactMedian,
      String contactMedianText, @Nullable BigDecimal contactNinetieth, String contactNinetiethText) {}

  @GetMapping("/api/figures/charts/waiting")
  @Operation(summary = "Waiting times for each period of the span, as the chart at /figures/charts/waiting draws "
      + "them: over the referrals decided in the period, days from received to decision, and over those first "
      + "seen in it, days from decision to first contact; nearest-rank median and 90th percentile, narrowed by "
      + "the dashboard's filters. For commissioners a count from 1 to 4 is empty with the text \"fewer than 5\" "
      + "and the waits over it are not shown.")
  List<WaitingJson> waiting(@AuthenticationPrincipal CurrentUser user,
      @ParameterObject @ModelAttribute ChartsForm form) {
    return trends.waiting(user, form.chosenSpan(), form.filters(figures.defaultPeriod())).stream()
        .map(w -> new WaitingJson(w.period().start(), w.period().end(), w.label(), w.decided(), w.decidedText(),
            w.decisionMedian(), w.decisionMedianText(), w.decisionNinetieth(), w.decisionNinetiethText(),
            w.seen(), w.seenText(), w.contactMedian(), w.contactMedianText(), w.contactNinetieth(),
            w.contactNinetiethText())).toList();
  }

  /** One month of the financial year, in pence; {@code actual} false for a forecast month. */
  record MonthJson(String month, long costPence, boolean actual, long budgetPence, long cumulativeCostPence,
      long cumulativeBudgetPence) {}

  record SpendJson(int startYear, LocalDate firstDay, LocalDate lastDay, long originalBudgetPence,
      List<MonthJson> months) {}

  @GetMapping("/api/figures/charts/spend")
  @Operation(summary = "Spend against budget for a financial year (year=2026 for 1 April 2026 to 31 March 2027; "
      + "by default the current one), as the chart at /figures/charts/spend draws it: each month's cost of care "
      + "(actual, or forecast for months to come) against the budget's share, and both added up, all in pence. "
      + "A year without a budget answers 404.")
  SpendJson spend(@AuthenticationPrincipal CurrentUser user, @ParameterObject @ModelAttribute ChartsForm form) {
    int year = ChartsPages.year(spend, user, form);
    SpendAgainstBudget.Spend s = spend.year(user, year).orElseThrow(() -> new RecordNotFound("Budget"));
    return new SpendJson(s.startYear(), LocalDate.of(s.startYear(), 4, 1), LocalDate.of(s.startYear() + 1, 3, 31),
        s.originalPence(), s.months().stream().map(m -> new MonthJson(m.month().toString(), m.costPence(),
            m.actual(), m.budgetPence(), m.cumulativeCostPence(), m.cumulativeBudgetPence())).toList());
  }

  /** One record: the person's id (empty when not of a person, or not shown), name, NHS number and columns. */
  record RecordJson(@Nullable UUID personId, String name, String nhsNumber, List<String> cells, boolean shown) {

    static RecordJson of(FigureRecord r) {
      return new RecordJson(r.personId(), r.name(), r.nhsNumber(), r.cells(), r.shown());
    }
  }

  /** One page of the records behind a figure. */
  record RecordsJson(String figure, String title, String definition, LocalDate start, LocalDate end,
      boolean narrowed, boolean ofPeople, List<String> headings, int page, int pageSize, long total, int pages,
      long notShown, @Nullable String unavailable, List<RecordJson> records) {}

  @GetMapping("/api/figures/{figureId}/records")
  @Operation(summary = "The records behind one figure (its drill-down, as at /figures/{figureId}/records), for a "
      + "period and the dashboard's filters (ISO dates; by default the last full quarter), 50 to a page counted "
      + "from 0: read with the very definition that counts the figure, so the total is the figure's value. For "
      + "administrators and managers only; commissioners see aggregates alone and are refused (403). A record of "
      + "someone whose record the user may not open keeps its place but shows nothing of them.")
  RecordsJson records(@AuthenticationPrincipal CurrentUser user,
      @Parameter(description = "The figure's id, as in /api/figures") @PathVariable String figureId,
      @Parameter(description = "First day of the period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate start,
      @Parameter(description = "Last day of the period") @RequestParam(required = false)
          @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate end,
      @Parameter(description = "A partner organisation's id") @RequestParam(required = false)
          @Nullable UUID organisation,
      @Parameter(description = "A service's id") @RequestParam(required = false) @Nullable UUID service,
      @Parameter(description = "A kind of service") @RequestParam(required = false) @Nullable ServiceKind serviceKind,
      @Parameter(description = "A locality's id") @RequestParam(required = false) @Nullable UUID locality,
      @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page) {
    FigureId figure = FigureId.of(figureId).orElseThrow(() -> new RecordNotFound("Figure"));
    Choice choice = Choice.of(start, end, null, null, new Filters(organisation, service, serviceKind, locality),
        figures.defaultPeriod());
    FigureRecords.Page shown = records.read(user, figure, choice.period(), choice.filters(), page);
    Period p = shown.period();
    return new RecordsJson(figure.id(), figure.title(), figure.definition(), p.start(), p.end(),
        shown.filters().any(), shown.ofPeople(), shown.headings(), shown.records().page(),
        shown.records().size(), shown.records().total(), shown.records().pages(), shown.hidden(),
        shown.unavailable(), shown.records().items().stream().map(RecordJson::of).toList());
  }
}
