package org.bridgeway.money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.money.internal.BudgetStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes rates and budgets in bulk for data built elsewhere (the demo), without the per-record checks and audit
 * of {@link Rates}, {@link AllianceBudgets} and {@link PersonalBudgets}: the caller guarantees the periods of an
 * owner never share a day and every spend lies within its budget.
 */
@Component
public class MoneyBulkWriter {

  /** A rate period to write: for a service, or (with {@code personId}) an individual package for a stay. */
  public record BulkRate(UUID ownerId, UUID personId, LocalDate from, LocalDate to, long weeklyPence) {}

  private final JdbcTemplate jdbc;
  private final BudgetStore budgets;
  private final CostOfCare costs;

  MoneyBulkWriter(JdbcTemplate jdbc, BudgetStore budgets, CostOfCare costs) {
    this.jdbc = jdbc;
    this.budgets = budgets;
    this.costs = costs;
  }

  /** Service rates; a period whose {@code to} is null is open. {@code personId} is ignored. */
  public void serviceRates(UUID alliance, List<BulkRate> rates, String by) {
    jdbc.batchUpdate("""
        insert into service_rate (alliance_id, id, service_id, from_date, to_date, weekly_pence, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)
        """, rates.stream().map(r -> new Object[] {alliance, UUID.randomUUID(), r.ownerId(), r.from(), r.to(),
            r.weeklyPence(), by}).toList());
  }

  /** Individual package rates of stays. */
  public void packageRates(UUID alliance, List<BulkRate> rates, String reason, String by) {
    jdbc.batchUpdate("""
        insert into package_rate (alliance_id, id, stay_id, person_id, from_date, to_date, weekly_pence, reason,
                                  recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, rates.stream().map(r -> new Object[] {alliance, UUID.randomUUID(), r.ownerId(), r.personId(), r.from(),
            r.to(), r.weeklyPence(), reason, by}).toList());
  }

  /** A personal budget to write, with its own id so spends can name it. */
  public record BulkBudget(UUID id, UUID personId, BudgetKind kind, long amountPence, LocalDate startDate,
      LocalDate endDate) {}

  /** A spend from a personal budget, made within its period. */
  public record BulkSpend(UUID budgetId, UUID personId, LocalDate spentOn, SpendCategory category, long amountPence,
      String note) {}

  /** Personal budgets and their spends, in batches. */
  public void personalBudgets(UUID alliance, List<BulkBudget> personal, List<BulkSpend> spends, String by) {
    jdbc.batchUpdate("""
        insert into personal_budget (alliance_id, id, person_id, kind, amount_pence, start_date, end_date,
                                     recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """, personal.stream().map(b -> new Object[] {alliance, b.id(), b.personId(), b.kind().name(),
            b.amountPence(), b.startDate(), b.endDate(), by}).toList());
    jdbc.batchUpdate("""
        insert into budget_spend (alliance_id, id, budget_id, person_id, spent_on, category, amount_pence, note,
                                  recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, spends.stream().map(s -> new Object[] {alliance, UUID.randomUUID(), s.budgetId(), s.personId(),
            s.spentOn(), s.category().name(), s.amountPence(), s.note(), by}).toList());
  }

  public void budget(UUID alliance, int startYear, BudgetDetails details, List<Funder> funders, String by) {
    budgets.save(alliance, startYear, details, by);
    funders.forEach(funder -> budgets.saveFunder(alliance, startYear, funder, by));
  }

  /** The alliance's cost of care from one day to another, as {@link CostOfCare#between} works it out. */
  public long costOfCare(UUID alliance, LocalDate from, LocalDate to) {
    return costs.prices(alliance, from, to).cost(from, to).pence();
  }
}
