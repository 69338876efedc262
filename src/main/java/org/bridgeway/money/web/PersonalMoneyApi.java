package org.bridgeway.money.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.BudgetView;
import org.bridgeway.money.NewPersonalBudget;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.NewSpend;
import org.bridgeway.money.PersonalBudgets;
import org.bridgeway.money.Rates;
import org.bridgeway.money.SpendCategory;
import org.bridgeway.money.StayPackages;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's money over JSON, with the same rules, access and audit as the pages: the individual package rates of
 * their stays (administrators and managers only) and their personal budgets with spends, balance and forecast.
 * Amounts in pence.
 */
@RestController
@Tag(name = "Personal money", description = "Package rates of a person's stays, and personal budgets")
class PersonalMoneyApi {

  private final Rates rates;
  private final PersonalBudgets budgets;
  private final Clock clock;

  PersonalMoneyApi(Rates rates, PersonalBudgets budgets, Clock clock) {
    this.rates = rates;
    this.budgets = budgets;
    this.clock = clock;
  }

  @GetMapping("/api/people/{id}/packages")
  @Operation(summary = "The person's stays, each with the service's weekly rate today and its individual package "
      + "rates (administrators and managers only)")
  List<StayPackages> packages(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return rates.packagesOf(user, id, LocalDate.now(clock));
  }

  /** A package rate in pence a week for days of a stay, with the reason it differs from the service's rate. */
  record PackageRequest(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long weeklyPence,
      @Nullable String reason) {}

  @PostMapping("/api/people/{id}/packages/{stayId}")
  @Operation(summary = "Add an individual package rate (pence a week) for days of a stay; refused if it shares a "
      + "day with another package of the stay or lies outside it")
  ResponseEntity<List<StayPackages>> addPackage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID stayId, @RequestBody PackageRequest request) {
    if (request.from() == null || request.weeklyPence() == null) {
      throw new InvalidInput(List.of(new FieldProblem(request.from() == null ? "from" : "weeklyPence",
          request.from() == null ? "Give the first day of the package" : "Give the weekly rate in pence")));
    }
    UUID rateId = rates.setPackageRate(user, id, stayId,
        new NewRate(request.from(), request.to(), request.weeklyPence(), request.reason()));
    return ResponseEntity.created(URI.create("/api/people/" + id + "/packages/" + stayId + "/" + rateId))
        .body(rates.packagesOf(user, id, LocalDate.now(clock)));
  }

  /** The last day of a package. */
  record EndRequest(@Nullable LocalDate to) {}

  @PostMapping("/api/people/{id}/packages/{stayId}/{rateId}/end")
  @Operation(summary = "End an individual package rate on a last day; the service's rate applies after it")
  List<StayPackages> endPackage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID stayId, @PathVariable UUID rateId, @RequestBody EndRequest request) {
    rates.endPackageRate(user, id, stayId, rateId, request.to());
    return rates.packagesOf(user, id, LocalDate.now(clock));
  }

  @GetMapping("/api/people/{id}/budgets")
  @Operation(summary = "The person's personal budgets, latest first, each with its spends, balance and forecast "
      + "(spent x days in period / days gone, rounded half-even to the penny)")
  List<BudgetView> budgets(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    return budgets.of(user, id);
  }

  /** A personal budget: how it is held, the amount in pence, its first and last days; {@code version} to change. */
  record BudgetRequest(@Nullable BudgetKind kind, @Nullable Long amountPence, @Nullable LocalDate startDate,
      @Nullable LocalDate endDate, @Nullable String note, @Nullable Integer version) {

    NewPersonalBudget budget() {
      return new NewPersonalBudget(kind, amountPence == null ? 0 : amountPence, startDate, endDate, note);
    }
  }

  @PostMapping("/api/people/{id}/budgets")
  @Operation(summary = "Add a personal budget; refused if the amount is not more than nothing or it ends before it "
      + "starts")
  ResponseEntity<BudgetView> addBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody BudgetRequest request) {
    UUID budgetId = budgets.add(user, id, request.budget());
    return ResponseEntity.created(URI.create("/api/people/" + id + "/budgets/" + budgetId))
        .body(budgets.get(user, id, budgetId));
  }

  @GetMapping("/api/people/{id}/budgets/{budgetId}")
  @Operation(summary = "One personal budget with its spends, balance and forecast")
  BudgetView budget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId) {
    return budgets.get(user, id, budgetId);
  }

  @PutMapping("/api/people/{id}/budgets/{budgetId}")
  @Operation(summary = "Change a personal budget at the version read (409 if someone changed it since); its period "
      + "must still hold every spend")
  BudgetView changeBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID budgetId, @RequestBody BudgetRequest request) {
    if (request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the budget you read")));
    }
    budgets.change(user, id, budgetId, request.version(), request.budget());
    return budgets.get(user, id, budgetId);
  }

  /** A spend: the day it was made, what for, the amount in pence and a note. */
  record SpendRequest(@Nullable LocalDate spentOn, @Nullable SpendCategory category, @Nullable Long amountPence,
      @Nullable String note) {}

  @PostMapping("/api/people/{id}/budgets/{budgetId}/spends")
  @Operation(summary = "Record a spend from the budget; refused outside its period, after today, or not more than "
      + "nothing")
  ResponseEntity<BudgetView> spend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID budgetId, @RequestBody SpendRequest request) {
    UUID spendId = budgets.spend(user, id, budgetId, new NewSpend(request.spentOn(), request.category(),
        request.amountPence() == null ? 0 : request.amountPence(), request.note()));
    return ResponseEntity.created(URI.create("/api/people/" + id + "/budgets/" + budgetId + "/spends/" + spendId))
        .body(budgets.get(user, id, budgetId));
  }

  /** Why a spend is void, and the version read. */
  record VoidRequest(@Nullable String reason, @Nullable Integer version) {}

  @PostMapping("/api/people/{id}/budgets/{budgetId}/spends/{spendId}/void")
  @Operation(summary = "Void a spend with a reason at the version read (409 if changed since); it stays on the "
      + "record and counts for nothing")
  BudgetView voidSpend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      @PathVariable UUID spendId, @RequestBody VoidRequest request) {
    budgets.voidSpend(user, id, budgetId, spendId, request.version() == null ? -1 : request.version(),
        request.reason());
    return budgets.get(user, id, budgetId);
  }

  @GetMapping("/api/me/budgets")
  @Operation(summary = "The personal budgets of the person signed in, with spends, balance and forecast")
  List<BudgetView> mine(@AuthenticationPrincipal CurrentUser user) {
    return budgets.mine(user);
  }
}
