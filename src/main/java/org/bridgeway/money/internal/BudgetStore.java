package org.bridgeway.money.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.money.BudgetDetails;
import org.bridgeway.money.Funder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Alliance budgets in tables {@code alliance_budget} and {@code budget_funder}. */
@Component
public class BudgetStore {

  private final JdbcClient jdbc;

  BudgetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<BudgetDetails> find(UUID alliance, int startYear) {
    return jdbc.sql("select original_pence, savings_target_bp from alliance_budget where alliance_id = ? and start_year = ?")
        .params(alliance, startYear).query((rs, n) -> new BudgetDetails(rs.getLong(1), rs.getInt(2))).optional();
  }

  /** The years that have a budget, latest first. */
  public List<Integer> years(UUID alliance) {
    return jdbc.sql("select start_year from alliance_budget where alliance_id = ? order by start_year desc")
        .param(alliance).query(Integer.class).list();
  }

  public void save(UUID alliance, int startYear, BudgetDetails details, String by) {
    jdbc.sql("""
        insert into alliance_budget (alliance_id, start_year, original_pence, savings_target_bp, recorded_by)
        values (?, ?, ?, ?, ?)
        on conflict (alliance_id, start_year) do update set original_pence = excluded.original_pence,
            savings_target_bp = excluded.savings_target_bp, recorded_by = excluded.recorded_by,
            recorded_at = now(), version = alliance_budget.version + 1
        """).params(alliance, startYear, details.originalPence(), details.savingsTargetBasisPoints(), by).update();
  }

  public List<Funder> funders(UUID alliance, int startYear) {
    return jdbc.sql("select funder, pence from budget_funder where alliance_id = ? and start_year = ? order by pence desc, funder")
        .params(alliance, startYear).query((rs, n) -> new Funder(rs.getString(1), rs.getLong(2))).list();
  }

  public void saveFunder(UUID alliance, int startYear, Funder funder, String by) {
    jdbc.sql("""
        insert into budget_funder (alliance_id, id, start_year, funder, pence, recorded_by) values (?, ?, ?, ?, ?, ?)
        on conflict (alliance_id, start_year, funder) do update set pence = excluded.pence,
            recorded_by = excluded.recorded_by, recorded_at = now()
        """).params(alliance, UUID.randomUUID(), startYear, funder.name(), funder.pence(), by).update();
  }
}
