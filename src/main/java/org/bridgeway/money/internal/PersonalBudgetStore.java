package org.bridgeway.money.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.NewPersonalBudget;
import org.bridgeway.money.NewSpend;
import org.bridgeway.money.PersonalBudget;
import org.bridgeway.money.Spend;
import org.bridgeway.money.SpendCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Personal budgets and their spends in tables {@code personal_budget} and {@code budget_spend}. */
@Component
public class PersonalBudgetStore {

  private static final String BUDGET = """
      select id, person_id, kind, amount_pence, start_date, end_date, note, recorded_by, version
      from personal_budget""";
  private static final String SPEND = """
      select id, budget_id, spent_on, category, amount_pence, note, recorded_by, version, voided_reason, voided_by
      from budget_spend""";

  private final JdbcClient jdbc;

  PersonalBudgetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's budgets, latest period first. */
  public List<PersonalBudget> ofPerson(UUID alliance, UUID person) {
    return jdbc.sql(BUDGET + " where alliance_id = ? and person_id = ? order by start_date desc, recorded_at desc")
        .params(alliance, person).query(PersonalBudgetStore::budget).list();
  }

  public Optional<PersonalBudget> find(UUID alliance, UUID person, UUID id) {
    return jdbc.sql(BUDGET + " where alliance_id = ? and person_id = ? and id = ?")
        .params(alliance, person, id).query(PersonalBudgetStore::budget).optional();
  }

  /** The budget's spends, newest first, voided ones included. */
  public List<Spend> spends(UUID alliance, UUID budget) {
    return jdbc.sql(SPEND + " where alliance_id = ? and budget_id = ? order by spent_on desc, recorded_at desc")
        .params(alliance, budget).query(PersonalBudgetStore::spend).list();
  }

  public Optional<Spend> findSpend(UUID alliance, UUID budget, UUID id) {
    return jdbc.sql(SPEND + " where alliance_id = ? and budget_id = ? and id = ?")
        .params(alliance, budget, id).query(PersonalBudgetStore::spend).optional();
  }

  /** The first and last days of the budget's spends not voided, or empty when it has none. */
  public Optional<LocalDate[]> spendDays(UUID alliance, UUID budget) {
    return jdbc.sql("""
        select min(spent_on) as first, max(spent_on) as last from budget_spend
        where alliance_id = ? and budget_id = ? and voided_reason is null
        """).params(alliance, budget).query((rs, n) -> rs.getObject("first", LocalDate.class) == null ? null
            : new LocalDate[] {rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)})
        .optional();
  }

  public void insert(UUID alliance, UUID id, UUID person, NewPersonalBudget b, String by) {
    jdbc.sql("""
        insert into personal_budget (alliance_id, id, person_id, kind, amount_pence, start_date, end_date, note,
                                     recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """).params(alliance, id, person, b.kind().name(), b.amountPence(), b.startDate(), b.endDate(),
            blankToNull(b.note()), by).update();
  }

  /** Saves the budget's new details at the version read; false when someone saved it since. */
  public boolean change(UUID alliance, UUID person, UUID id, int version, NewPersonalBudget b, String by) {
    return jdbc.sql("""
        update personal_budget set kind = ?, amount_pence = ?, start_date = ?, end_date = ?, note = ?,
               recorded_by = ?, recorded_at = now(), version = version + 1
        where alliance_id = ? and person_id = ? and id = ? and version = ?
        """).params(b.kind().name(), b.amountPence(), b.startDate(), b.endDate(), blankToNull(b.note()), by,
            alliance, person, id, version).update() == 1;
  }

  public void insertSpend(UUID alliance, UUID id, UUID budget, UUID person, NewSpend s, String by) {
    jdbc.sql("""
        insert into budget_spend (alliance_id, id, budget_id, person_id, spent_on, category, amount_pence, note,
                                  recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """).params(alliance, id, budget, person, s.spentOn(), s.category().name(), s.amountPence(),
            blankToNull(s.note()), by).update();
  }

  /** Voids the spend at the version read; false when it was changed or voided since. */
  public boolean voidSpend(UUID alliance, UUID budget, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
        update budget_spend set voided_reason = ?, voided_by = ?, voided_at = now(), version = version + 1
        where alliance_id = ? and budget_id = ? and id = ? and version = ? and voided_reason is null
        """).params(reason, by, alliance, budget, id, version).update() == 1;
  }

  private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static PersonalBudget budget(ResultSet rs, int n) throws SQLException {
    return new PersonalBudget(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        BudgetKind.valueOf(rs.getString("kind")), rs.getLong("amount_pence"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        rs.getString("note"), rs.getString("recorded_by"), rs.getInt("version"));
  }

  private static Spend spend(ResultSet rs, int n) throws SQLException {
    return new Spend(rs.getObject("id", UUID.class), rs.getObject("budget_id", UUID.class),
        rs.getObject("spent_on", LocalDate.class), SpendCategory.valueOf(rs.getString("category")),
        rs.getLong("amount_pence"), rs.getString("note"), rs.getString("recorded_by"), rs.getInt("version"),
        rs.getString("voided_reason"), rs.getString("voided_by"));
  }
}
