package org.bridgeway.money.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.bridgeway.money.CareCost;
import org.bridgeway.money.CostOfCare;
import org.bridgeway.money.Funder;
import org.bridgeway.money.MonthCost;
import org.bridgeway.money.Pounds;
import org.bridgeway.money.RatePeriod;
import org.bridgeway.money.Rates;
import org.bridgeway.shared.Charts;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance pages: the cost of care for a period and the budget years (administrators, managers and
 * commissioners, who see totals only), each service's rates (administrators and managers change them), and a
 * year's budget with its chart.
 */
@Controller
class MoneyPages {

  private final Rates rates;
  private final CostOfCare costs;
  private final AllianceBudgets budgets;
  private final Services services;
  private final Clock clock;

  MoneyPages(Rates rates, CostOfCare costs, AllianceBudgets budgets, Services services, Clock clock) {
    this.rates = rates;
    this.costs = costs;
    this.budgets = budgets;
    this.services = services;
    this.clock = clock;
  }

  @GetMapping("/money")
  String money(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String fromDay,
      @RequestParam(required = false) @Nullable String fromMonth,
      @RequestParam(required = false) @Nullable String fromYear,
      @RequestParam(required = false) @Nullable String toDay, @RequestParam(required = false) @Nullable String toMonth,
      @RequestParam(required = false) @Nullable String toYear, Model model) {
    LocalDate today = LocalDate.now(clock);
    LocalDate from = DateParts.blank(fromDay, fromMonth, fromYear) ? LocalDate.of(AllianceBudgets.yearOf(today), 4, 1)
        : DateParts.parse(fromDay, fromMonth, fromYear).orElse(null);
    LocalDate to = DateParts.blank(toDay, toMonth, toYear) ? today : DateParts.parse(toDay, toMonth, toYear).orElse(null);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (from == null) {
      errors.put("from", "Enter a real date, like 1 4 2026");
    }
    if (to == null) {
      errors.put("to", "Enter a real date, like 31 3 2027");
    }
    CareCost cost = null;
    if (errors.isEmpty()) {
      try {
        cost = costs.between(user, from, to);
      } catch (InvalidInput e) {
        errors.putAll(FormErrors.of(e));
      }
    }
    model.addAttribute("form", new DatesForm(fromDay == null && from != null ? String.valueOf(from.getDayOfMonth()) : fromDay,
        fromMonth == null && from != null ? String.valueOf(from.getMonthValue()) : fromMonth,
        fromYear == null && from != null ? String.valueOf(from.getYear()) : fromYear,
        toDay == null && to != null ? String.valueOf(to.getDayOfMonth()) : toDay,
        toMonth == null && to != null ? String.valueOf(to.getMonthValue()) : toMonth,
        toYear == null && to != null ? String.valueOf(to.getYear()) : toYear));
    model.addAttribute("errors", errors);
    model.addAttribute("cost", cost);
    model.addAttribute("years", budgets.years(user));
    model.addAttribute("currentYear", budgets.currentYear());
    model.addAttribute("mayChange", mayChange(user));
    model.addAttribute("budgetForm", BudgetForm.empty());
    return "money/money";
  }

  /** Who may type in the dates of the cost-of-care form. */
  record DatesForm(@Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
      @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear) {}

  @GetMapping("/money/rates")
  String rates(@AuthenticationPrincipal CurrentUser user, Model model) {
    LocalDate today = LocalDate.now(clock);
    List<ServiceRecord> all = services.all(user.alliance()).stream()
        .sorted(Comparator.comparing(ServiceRecord::name)).toList();
    List<RateRow> rows = all.stream().map(service -> {
      List<RatePeriod> history = rates.ofService(user, service.id());
      RatePeriod now = history.stream().filter(r -> r.covers(today)).findFirst().orElse(null);
      return new RateRow(service.id(), service.name(), service.kind().label(),
          now == null ? "No rate today" : now.weeklyText(), history.size());
    }).toList();
    model.addAttribute("rows", rows);
    return "money/rates";
  }

  /** A service and its rate today, for the list of rates. */
  record RateRow(UUID serviceId, String name, String kind, String today, int periods) {}

  @GetMapping("/money/rates/{serviceId}")
  String serviceRates(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId, Model model) {
    return serviceRates(user, serviceId, model, RateForm.empty(), Map.of());
  }

  @PostMapping("/money/rates/{serviceId}")
  String setRate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @ModelAttribute RateForm form, Model model, RedirectAttributes redirect) {
    ServiceRecord service = services.get(user.alliance(), serviceId);
    try {
      rates.setServiceRate(user, serviceId, form.rate());
      redirect.addFlashAttribute("success", "New rate for " + service.name() + " saved");
      return "redirect:/money/rates/" + serviceId;
    } catch (InvalidInput | Refused e) {
      return serviceRates(user, serviceId, model, form, FormErrors.of(e));
    }
  }

  private String serviceRates(CurrentUser user, UUID serviceId, Model model, RateForm form,
      Map<String, String> errors) {
    ServiceRecord service = services.get(user.alliance(), serviceId);
    model.addAttribute("service", service);
    List<RatePeriod> history = new java.util.ArrayList<>(rates.ofService(user, serviceId));
    java.util.Collections.reverse(history);
    model.addAttribute("history", history);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "money/service-rates";
  }

  @GetMapping("/money/budget/{year}")
  String budget(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, Model model) {
    return budget(user, year, model, BudgetForm.empty(), Map.of());
  }

  private String budget(CurrentUser user, int year, Model model, BudgetForm form, Map<String, String> errors) {
    BudgetYear budget = budgets.year(user, year);
    model.addAttribute("budget", budget);
    model.addAttribute("mayChange", mayChange(user));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "money/budget";
  }

  @PostMapping("/money/budget")
  String setBudget(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String year,
      @ModelAttribute BudgetForm form, RedirectAttributes redirect, Model model) {
    int start;
    try {
      start = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      model.addAttribute("budgetError", "Enter the year the financial year starts in, like 2026");
      return money(user, null, null, null, null, null, null, model);
    }
    try {
      budgets.set(user, start, form.details());
      redirect.addFlashAttribute("success", "Budget for " + start + " to " + (start + 1) + " saved");
      return "redirect:/money/budget/" + start;
    } catch (InvalidInput e) {
      model.addAttribute("budgetError", e.getMessage());
      return money(user, null, null, null, null, null, null, model);
    }
  }

  @PostMapping("/money/budget/{year}/funders")
  String setFunder(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @ModelAttribute BudgetForm form,
      Model model, RedirectAttributes redirect) {
    try {
      budgets.setFunder(user, year, new Funder(form.funder() == null ? "" : form.funder(), form.amountPence()));
      redirect.addFlashAttribute("success", "Contribution saved");
      return "redirect:/money/budget/" + year;
    } catch (InvalidInput e) {
      return budget(user, year, model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/money/budget/{year}/chart.svg")
  ResponseEntity<byte[]> chart(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
    BudgetYear budget = budgets.year(user, year);
    return Charts.response(Charts.svg(chart(budget), 760, 420, "Cost of care in " + budget.shortLabel(),
        description(budget)));
  }

  static String description(BudgetYear budget) {
    return "Cumulative cost of care month by month, actual then forecast, against the original budget of "
        + Pounds.text(budget.originalPence()) + ". Outturn " + Pounds.text(budget.outturnPence()) + ", savings "
        + Pounds.text(budget.savingsPence()) + " (" + budget.savingsShareText() + "). The table below has the figures.";
  }

  private static JFreeChart chart(BudgetYear budget) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    long cumulative = 0;
    for (MonthCost month : budget.months()) {
      cumulative += month.pence();
      bars.addValue(month.actual() ? month.pence() / 100 : 0, "Actual (month)", month.shortLabel());
      bars.addValue(month.actual() ? 0 : month.pence() / 100, "Forecast (month)", month.shortLabel());
      lines.addValue(cumulative / 100, "Cumulative cost", month.shortLabel());
      lines.addValue(budget.originalPence() / 100, "Original budget", month.shortLabel());
    }
    CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis("Month"), new NumberAxis("Pounds"),
        new BarRenderer());
    plot.setDataset(1, lines);
    plot.setRenderer(1, new LineAndShapeRenderer(true, false));
    plot.mapDatasetToRangeAxis(1, 0);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK));
    ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
    return Charts.styled(new JFreeChart("Cost of care " + budget.shortLabel(), JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  private static boolean mayChange(CurrentUser user) {
    return user.is(Role.ADMIN) || user.is(Role.MANAGER);
  }
}
