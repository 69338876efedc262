package org.bridgeway.money.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.bridgeway.money.CareCost;
import org.bridgeway.money.CostOfCare;
import org.bridgeway.money.Funder;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.Pounds;
import org.bridgeway.money.RatePeriod;
import org.bridgeway.money.Rates;
import org.bridgeway.money.SavingMove;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Money over JSON, with the same rules, access and audit as the pages. Amounts in pence and exact pounds. */
@RestController
@Tag(name = "Money", description = "Rates, the cost of care and the alliance budget")
class MoneyApi {

  private final Rates rates;
  private final CostOfCare costs;
  private final AllianceBudgets budgets;

  MoneyApi(Rates rates, CostOfCare costs, AllianceBudgets budgets) {
    this.rates = rates;
    this.costs = costs;
    this.budgets = budgets;
  }

  /** The cost of care for a period, in pence and pounds. */
  record Cost(LocalDate from, LocalDate to, long pence, BigDecimal pounds, long stayDays, long daysWithoutRate) {}

  @GetMapping("/api/money/cost")
  @Operation(summary = "The alliance's cost of care from one day to another (both included), computed from the stays "
      + "and rounded half-up to the penny once")
  Cost cost(@AuthenticationPrincipal CurrentUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    CareCost cost = costs.between(user, from, to);
    return new Cost(cost.from(), cost.to(), cost.pence(), Pounds.decimal(cost.pence()), cost.stayDays(),
        cost.daysWithoutRate());
  }

  /** A month of the year's cost of care. */
  record Month(String month, long pence, boolean actual) {}

  /** A year's budget; {@code moves} is empty for commissioners, who see totals only. */
  record Budget(int startYear, long originalPence, List<Funder> funders, List<Month> months, long actualPence,
      long forecastPence, long savingsPence, String savingsShare, String target, boolean targetMet,
      String moveCount, @Nullable Long movesYearlyPence, List<SavingMove> moves) {}

  @GetMapping("/api/money/budget/{year}")
  @Operation(summary = "The alliance budget of the financial year starting 1 April {year}: funders, monthly cost of "
      + "care (actual, then forecast from the last month ended), savings and the moves down the ladder behind them")
  Budget budget(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
    BudgetYear b = budgets.year(user, year);
    return new Budget(b.startYear(), b.originalPence(), b.funders(),
        b.months().stream().map(m -> new Month(m.month().toString(), m.pence(), m.actual())).toList(),
        b.actualPence(), b.forecastPence(), b.savingsPence(), b.savingsShareText(), b.targetText(), b.targetMet(),
        b.moveCountText(), b.small() ? null : b.movesYearlyPence(), b.moves());
  }

  @GetMapping("/api/money/rates/{serviceId}")
  @Operation(summary = "A service's weekly rates over time, earliest first")
  List<RatePeriod> serviceRates(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId) {
    return rates.ofService(user, serviceId);
  }

  /** A new weekly rate in pence from a day, optionally to a last day. */
  record RateRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long weeklyPence) {}

  @PostMapping("/api/money/rates/{serviceId}")
  @Operation(summary = "Set a service's weekly rate (pence) from a day; the open rate before it ends the day before; "
      + "refused if it shares a day with another rate")
  ResponseEntity<List<RatePeriod>> setServiceRate(@AuthenticationPrincipal CurrentUser user,
      @PathVariable UUID serviceId, @RequestBody RateRequest request) {
    if (request.from() == null || request.weeklyPence() == null) {
      throw new InvalidInput(List.of(new FieldProblem(request.from() == null ? "from" : "weeklyPence",
          request.from() == null ? "Give the first day of the rate" : "Give the weekly rate in pence")));
    }
    UUID id = rates.setServiceRate(user, serviceId, new NewRate(request.from(), request.to(), request.weeklyPence(), null));
    return ResponseEntity.created(URI.create("/api/money/rates/" + serviceId + "/" + id))
        .body(rates.ofService(user, serviceId));
  }
}
