package org.bridgeway.money;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.money.internal.BudgetStore;
import org.bridgeway.pathway.StaySpan;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance budget of each financial year (1 April to 31 March): funders, the original budget and savings
 * target, set by administrators and managers; the year's cost of care, forecast and savings ({@link BudgetYear}),
 * read by them and by commissioners, who see totals only. A move down the ladder is a stay that ends in the year
 * (by the day before today) whose person's next stay starts within 7 days of its end at a higher level.
 */
@Service
public class AllianceBudgets {

  private final BudgetStore store;
  private final CostOfCare costs;
  private final Services services;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  AllianceBudgets(BudgetStore store, CostOfCare costs, Services services, People people, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.costs = costs;
    this.services = services;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** The financial year a day falls in, named by the year it starts. */
  public static int yearOf(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  public int currentYear() {
    return yearOf(LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<Integer> years(CurrentUser user) {
    Rates.requireFinance(user);
    return store.years(user.alliance());
  }

  /** Sets the year's original budget and savings target. */
  @Transactional
  public void set(CurrentUser user, int startYear, BudgetDetails details) {
    Rates.requireChange(user);
    List<FieldProblem> problems = new ArrayList<>();
    if (startYear < 1990 || startYear > 2200) {
      problems.add(new FieldProblem("year", "Choose a financial year from 1990 to 2200"));
    }
    if (details.originalPence() < 0) {
      problems.add(new FieldProblem("original", "The original budget cannot be negative"));
    }
    if (details.savingsTargetBasisPoints() < 0 || details.savingsTargetBasisPoints() > 10000) {
      problems.add(new FieldProblem("target", "The savings target must be from 0% to 100%"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    store.save(user.alliance(), startYear, details, user.username());
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Alliance budget", null, null, "Budget for "
        + startYear + " to " + (startYear + 1) + ": " + Pounds.text(details.originalPence()) + ", savings target "
        + java.math.BigDecimal.valueOf(details.savingsTargetBasisPoints(), 2).stripTrailingZeros().toPlainString() + "%");
  }

  /** Sets a funder's contribution to the year's budget (replacing the one set before). */
  @Transactional
  public void setFunder(CurrentUser user, int startYear, Funder funder) {
    Rates.requireChange(user);
    if (store.find(user.alliance(), startYear).isEmpty()) {
      throw new RecordNotFound("Budget");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (funder.name() == null || funder.name().isBlank()) {
      problems.add(new FieldProblem("funder", "Enter the funder's name"));
    } else if (funder.name().length() > 200) {
      problems.add(new FieldProblem("funder", "The funder's name must be 200 characters or fewer"));
    }
    if (funder.pence() < 0) {
      problems.add(new FieldProblem("amount", "The contribution cannot be negative"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    store.saveFunder(user.alliance(), startYear, new Funder(funder.name().trim(), funder.pence()), user.username());
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Alliance budget", null, null, funder.name().trim()
        + " contributes " + Pounds.text(funder.pence()) + " to " + startYear + " to " + (startYear + 1));
  }

  /** The year's budget, cost of care, forecast and savings, as of today. */
  @Transactional
  public BudgetYear year(CurrentUser user, int startYear) {
    return year(user, startYear, LocalDate.now(clock));
  }

  /** The year's budget as it stood on {@code today}: months that ended before it are actual. */
  @Transactional
  public BudgetYear year(CurrentUser user, int startYear, LocalDate today) {
    return year(user, startYear, today, user.is(Role.COMMISSIONER));
  }

  /**
   * The year's budget as of today with its totals only, as a commissioner sees it: the same figures as
   * {@link #year(CurrentUser, int)}, without the list of moves, so no one's record is opened to name them (for
   * the alliance figures, which name no one).
   */
  @Transactional
  public BudgetYear totals(CurrentUser user, int startYear) {
    return year(user, startYear, LocalDate.now(clock), true);
  }

  private BudgetYear year(CurrentUser user, int startYear, LocalDate today, boolean totalsOnly) {
    Rates.requireFinance(user);
    BudgetDetails budget = store.find(user.alliance(), startYear).orElseThrow(() -> new RecordNotFound("Budget"));
    LocalDate first = LocalDate.of(startYear, 4, 1);
    LocalDate last = LocalDate.of(startYear + 1, 3, 31);
    CostOfCare.Prices prices = costs.prices(user.alliance(), first.minusDays(8), last.plusDays(8));

    List<MonthCost> months = new ArrayList<>();
    YearMonth lastEnded = null;
    long lastEndedPence = 0;
    for (int i = 0; i < 12; i++) {
      YearMonth month = YearMonth.from(first).plusMonths(i);
      if (month.atEndOfMonth().isBefore(today)) {
        long pence = prices.cost(month.atDay(1), month.atEndOfMonth()).pence();
        months.add(new MonthCost(month, pence, true));
        lastEnded = month;
        lastEndedPence = pence;
      } else if (lastEnded == null) {
        months.add(new MonthCost(month, 0, false));
      } else {
        long forecast = java.math.BigDecimal.valueOf(lastEndedPence * month.lengthOfMonth())
            .divide(java.math.BigDecimal.valueOf(lastEnded.lengthOfMonth()), 0, java.math.RoundingMode.HALF_UP)
            .longValueExact();
        months.add(new MonthCost(month, forecast, false));
      }
    }

    List<SavingMove> moves = moves(user, prices, first, last.isBefore(today) ? last : today.minusDays(1), totalsOnly);
    long total = moves.stream().mapToLong(SavingMove::yearlyPence).sum();
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance budget", null, null,
        "Budget for " + startYear + " to " + (startYear + 1));
    return new BudgetYear(startYear, budget.originalPence(), budget.savingsTargetBasisPoints(),
        store.funders(user.alliance(), startYear), months, lastEnded,
        totalsOnly ? List.of() : moves, moves.size(), total, totalsOnly);
  }

  private List<SavingMove> moves(CurrentUser user, CostOfCare.Prices prices, LocalDate from, LocalDate to,
      boolean totalsOnly) {
    Map<UUID, String> serviceNames = services.all(user.alliance()).stream()
        .collect(Collectors.toMap(ServiceRecord::id, ServiceRecord::name));
    Map<UUID, List<StaySpan>> byPerson = new HashMap<>();
    for (StaySpan stay : prices.stays()) {
      byPerson.computeIfAbsent(stay.personId(), p -> new ArrayList<>()).add(stay);
    }
    List<SavingMove> moves = new ArrayList<>();
    for (List<StaySpan> ofPerson : byPerson.values()) {
      ofPerson.sort(Comparator.comparing(StaySpan::start));
      for (StaySpan old : ofPerson) {
        if (old.end() == null || old.end().isBefore(from) || old.end().isAfter(to) || old.ladderLevel() == null) {
          continue;
        }
        StaySpan next = ofPerson.stream()
            .filter(s -> s != old && !s.start().isBefore(old.end()) && !s.start().isAfter(old.end().plusDays(7)))
            .findFirst().orElse(null);
        if (next == null || next.ladderLevel() == null || next.ladderLevel() <= old.ladderLevel()) {
          continue;
        }
        Long before = prices.weeklyOn(old, old.end().minusDays(1));
        Long after = prices.weeklyOn(next, next.start());
        if (before == null || after == null) {
          continue;
        }
        moves.add(new SavingMove(old.personId(), totalsOnly ? null : name(user, old.personId()),
            serviceNames.getOrDefault(old.serviceId(), "?"), serviceNames.getOrDefault(next.serviceId(), "?"),
            next.start(), before, after));
      }
    }
    moves.sort(Comparator.comparing(SavingMove::movedOn).thenComparing(SavingMove::fromService));
    return moves;
  }

  private @Nullable String name(CurrentUser user, UUID personId) {
    if (!people.mayOpen(user, personId)) {
      return null;
    }
    PersonRecord person = people.read(user, personId);
    return person.details().givenName() + " " + person.details().familyName();
  }
}
