package org.bridgeway.figures.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureTrends;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Flows;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.PlacesInUse;
import org.bridgeway.figures.SpendAgainstBudget;
import org.bridgeway.figures.Span;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Charts;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The charts of the alliance figures, each an SVG at its own address (same access as its page) shown as an image
 * beside a table of the same numbers. Choices are GET forms, so every chart works without JavaScript and can be
 * bookmarked; a bad choice is shown beside its field, with the default chart below it.
 */
@Controller
class ChartsPages {

  private final FigureTrends trends;
  private final PlacesInUse occupancy;
  private final Flows flows;
  private final SpendAgainstBudget spend;
  private final AllianceFigures figures;
  private final FilterOptions filterOptions;

  ChartsPages(FigureTrends trends, PlacesInUse occupancy, Flows flows, SpendAgainstBudget spend,
      AllianceFigures figures, FilterOptions filterOptions) {
    this.trends = trends;
    this.occupancy = occupancy;
    this.flows = flows;
    this.spend = spend;
    this.figures = figures;
    this.filterOptions = filterOptions;
  }

  @GetMapping("/figures/charts")
  String index(@AuthenticationPrincipal CurrentUser user, Model model) {
    require(user);
    return "figures/charts";
  }

  @GetMapping("/figures/charts/trend")
  String trend(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form, Model model,
      HttpServletRequest request) {
    FigureTrends.Trend trend;
    try {
      trend = trend(user, form);
    } catch (InvalidInput | Refused e) {
      model.addAttribute("errors", FormErrors.of(e));
      trend = trends.trend(user, FigureId.RESIDENTIAL_PLACEMENTS, Span.QUARTERS_8, Filters.none());
      form = form.with(trend.figure().id(), trend.span().id(), null, null);
    }
    model.addAttribute("trend", trend);
    model.addAttribute("figureOptions", figureOptions());
    return page(user, model, form, request, "trend");
  }

  @GetMapping("/figures/charts/trend.svg")
  ResponseEntity<byte[]> trendSvg(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form) {
    FigureTrends.Trend trend = trend(user, form);
    return Charts.response(Charts.svg(ChartPictures.trend(trend), 860, 460, trend.figure().title() + " over "
        + trend.span().label().toLowerCase(), describe(trend)));
  }

  @GetMapping("/figures/charts/occupancy")
  String occupancy(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form, Model model,
      HttpServletRequest request) {
    Span span = span(form);
    model.addAttribute("occupancy", occupancy.onPeriodEnds(user, span));
    return page(user, model, form.with("", span.id(), null, null), request, "occupancy");
  }

  @GetMapping("/figures/charts/occupancy.svg")
  ResponseEntity<byte[]> occupancySvg(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form) {
    PlacesInUse.Occupancy o = occupancy.onPeriodEnds(user, span(form));
    return Charts.response(Charts.svg(ChartPictures.occupancy(o), 860, 460, "Occupancy on the last day of each "
        + "period", "Places in use as a percentage of places available, for each kind of setting with a capacity, "
        + "on the last day of each period. The table below has the numbers."));
  }

  @GetMapping("/figures/charts/waiting")
  String waiting(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form, Model model,
      HttpServletRequest request) {
    Span span = span(form);
    try {
      model.addAttribute("waits", trends.waiting(user, span, form.filters(figures.defaultPeriod())));
    } catch (InvalidInput | Refused e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("waits", trends.waiting(user, span, Filters.none()));
    }
    return page(user, model, form.with("", span.id(), null, null), request, "waiting");
  }

  @GetMapping("/figures/charts/waiting.svg")
  ResponseEntity<byte[]> waitingSvg(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form) {
    List<FigureTrends.Waiting> rows = trends.waiting(user, span(form), form.filters(figures.defaultPeriod()));
    return Charts.response(Charts.svg(ChartPictures.waiting(rows), 860, 460, "Waiting times", "Median and 90th "
        + "percentile waits in days, from referral to decision and from decision to first contact, for each "
        + "period. The table below has the numbers."));
  }

  @GetMapping("/figures/charts/flow")
  String flow(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form, Model model,
      HttpServletRequest request) {
    Period period = period(form);
    Flows.FlowChart chart;
    try {
      chart = flows.between(user, period, form.filters(figures.defaultPeriod()));
    } catch (InvalidInput | Refused e) {
      model.addAttribute("errors", FormErrors.of(e));
      chart = flows.between(user, period);
    }
    model.addAttribute("flow", chart);
    model.addAttribute("periodOptions", periodOptions());
    model.addAttribute("anyHidden", chart.flows().stream().anyMatch(Flows.Flow::hidden));
    return page(user, model, form.with("", "", id(period), null), request, "flow");
  }

  @GetMapping("/figures/charts/flow.svg")
  ResponseEntity<byte[]> flowSvg(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form) {
    Flows.FlowChart chart = flows.between(user, period(form), form.filters(figures.defaultPeriod()));
    return Charts.response(FlowDiagram.svg(chart, "Flow between kinds of setting, " + chart.period().text(),
        "Where stays came from, on the left, and where they went, on the right, with bands as wide as the number "
            + "of stays; moves down the ladder solid, up the ladder hatched. The table below has the numbers."));
  }

  @GetMapping("/figures/charts/spend")
  String spend(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form, Model model,
      HttpServletRequest request) {
    int year = year(user, form);
    model.addAttribute("spend", spend.year(user, year).orElse(null));
    model.addAttribute("yearText", "1 April " + year + " to 31 March " + (year + 1));
    Map<String, String> years = new LinkedHashMap<>();
    spend.years(user).forEach(y -> years.put(String.valueOf(y), y + " to " + (y + 1)));
    model.addAttribute("yearOptions", years);
    return page(user, model, form.with("", "", null, String.valueOf(year)), request, "spend");
  }

  @GetMapping("/figures/charts/spend.svg")
  ResponseEntity<byte[]> spendSvg(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ChartsForm form) {
    int year = year(user, form);
    SpendAgainstBudget.Spend s = spend.year(user, year).orElseThrow(() -> new org.bridgeway.shared.RecordNotFound(
        "Budget"));
    return Charts.response(Charts.svg(ChartPictures.spend(s), 860, 460, "Spend against budget, " + s.label(),
        "Each month's cost of care beside the budget's share for the month, and both added up over the year, "
            + "against the original budget of " + s.originalText() + ". The table below has the numbers."));
  }

  private FigureTrends.Trend trend(CurrentUser user, ChartsForm form) {
    return trends.trend(user, form.figureId(), form.chosenSpan(), form.filters(figures.defaultPeriod()));
  }

  private static String describe(FigureTrends.Trend trend) {
    return "A bar for each period: " + trend.figure().definition() + (trend.hasTarget() ? " The line is the target, "
        + trend.figure().target() + "." : "") + " The table below has the numbers.";
  }

  private static Span span(ChartsForm form) {
    return form.chosenSpan();
  }

  private Period period(ChartsForm form) {
    return form.chosenPeriod(figures.defaultPeriod());
  }

  private int year(CurrentUser user, ChartsForm form) {
    return year(spend, user, form);
  }

  /** The budget's year asked for; by default the current one, or the latest with a budget. */
  static int year(SpendAgainstBudget spend, CurrentUser user, ChartsForm form) {
    Integer asked = form.chosenYear();
    if (asked != null) {
      return asked;
    }
    List<Integer> years = spend.years(user);
    int current = spend.currentYear();
    return years.isEmpty() || years.contains(current) ? current : years.get(years.size() - 1);
  }

  private Map<String, String> periodOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    List<Period> quarters = new java.util.ArrayList<>(Span.QUARTERS_8.periods(figures.today()));
    java.util.Collections.reverse(quarters);
    quarters.forEach(p -> options.put(id(p), p.text()));
    Period year = Period.financialYearOf(figures.today());
    for (int i = 0; i < 3; i++) {
      year = Period.financialYear(year.start().getYear() - 1);
      options.put(id(year), "Financial year " + year.text());
    }
    return options;
  }

  private static String id(Period p) {
    return p.start() + "_" + p.end();
  }

  private static Map<String, String> figureOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(FigureId.values()).forEach(f -> options.put(f.id(), f.title()));
    return options;
  }

  private String page(CurrentUser user, Model model, ChartsForm form, HttpServletRequest request, String name) {
    require(user);
    Map<String, String> spans = new LinkedHashMap<>();
    Arrays.stream(Span.values()).forEach(s -> spans.put(s.id(), s.label()));
    model.addAttribute("spanOptions", spans);
    model.addAttribute("form", form);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute("commissioner", user.is(Role.COMMISSIONER));
    model.addAttribute("svg", "/figures/charts/" + name + ".svg" + (request.getQueryString() == null ? ""
        : "?" + request.getQueryString()));
    filterOptions.addTo(user, model);
    return "figures/charts-" + name;
  }

  private static void require(CurrentUser user) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
  }
}
