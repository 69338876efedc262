package org.bridgeway.money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.money.internal.PersonalBudgetStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's personal budgets: the amount for a period, how it is held, what is spent from it, its balance and a
 * forecast to the end of the period ({@link BudgetFigures} says exactly how). Workers who may open the person's
 * record (their care team, their service's managers, administrators) read and record them; the person reads their
 * own. A budget must be more than nothing and end on or after its start; a spend must be more than nothing, made
 * within the budget's period and not after today. Spends are voided with a reason, never deleted; a change to a
 * budget or spend is saved only at the version read. Every read and change is audited.
 */
@Service
public class PersonalBudgets {

  private final PersonalBudgetStore store;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  PersonalBudgets(PersonalBudgetStore store, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's budgets, latest period first, each with its spends and figures today. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<BudgetView> of(CurrentUser user, UUID personId) {
    requireWorker(user, personId);
    List<BudgetView> views = views(user.alliance(), personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Personal budget", personId, personId,
        "Personal budgets and spends");
    return views;
  }

  /** One of the person's budgets with its spends and figures today. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public BudgetView get(CurrentUser user, UUID personId, UUID budgetId) {
    requireWorker(user, personId);
    PersonalBudget budget = budget(user, personId, budgetId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Personal budget", budgetId, personId, null);
    return view(user.alliance(), budget);
  }

  /** The budgets of the person signed in, for themselves only, to read. */
  @Transactional
  public List<BudgetView> mine(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    UUID me = user.personId();
    List<BudgetView> views = views(user.alliance(), me);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Personal budget", me, me, "Their own personal budgets");
    return views;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID add(CurrentUser user, UUID personId, NewPersonalBudget budget) {
    requireRecorder(user, personId);
    refuse(budget);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, budget, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Personal budget", id, personId,
        budget.kind().label() + " of " + Pounds.text(budget.amountPence()) + " from " + Days.text(budget.startDate())
            + " to " + Days.text(budget.endDate()));
    return id;
  }

  /**
   * Changes a budget's details at the version read. Its period must still hold every spend not voided: a spend
   * outside the new period is refused with a message.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void change(CurrentUser user, UUID personId, UUID budgetId, int version, NewPersonalBudget changed) {
    requireRecorder(user, personId);
    PersonalBudget before = budget(user, personId, budgetId);
    refuse(changed);
    LocalDate[] days = store.spendDays(user.alliance(), budgetId).orElse(null);
    if (days != null && days[0].isBefore(changed.startDate())) {
      throw new Refused("start", "A spend on " + Days.text(days[0]) + " would fall outside the budget: the period "
          + "must start on or before it");
    }
    if (days != null && days[1].isAfter(changed.endDate())) {
      throw new Refused("end", "A spend on " + Days.text(days[1]) + " would fall outside the budget: the period "
          + "must end on or after it");
    }
    if (before.version() != version || !store.change(user.alliance(), personId, budgetId, version, changed,
        user.username())) {
      throw new EditConflict("personal budget");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Personal budget", budgetId, personId,
        "Was " + before.kind().label() + " of " + before.amountText() + " from " + before.periodText() + "; now "
            + changed.kind().label() + " of " + Pounds.text(changed.amountPence()) + " from "
            + Days.text(changed.startDate()) + " to " + Days.text(changed.endDate()));
  }

  /** Records a spend from the budget, made within its period and not after today. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID spend(CurrentUser user, UUID personId, UUID budgetId, NewSpend spend) {
    requireRecorder(user, personId);
    PersonalBudget budget = budget(user, personId, budgetId);
    if (!spend.problems().isEmpty()) {
      throw new InvalidInput(spend.problems());
    }
    if (!budget.covers(spend.spentOn())) {
      throw new Refused("spentOn", "The budget runs from " + budget.periodText() + ": a spend on "
          + Days.text(spend.spentOn()) + " is outside it");
    }
    if (spend.spentOn().isAfter(today())) {
      throw new Refused("spentOn", "A spend is recorded once it is made: " + Days.text(spend.spentOn())
          + " is after today");
    }
    UUID id = UUID.randomUUID();
    store.insertSpend(user.alliance(), id, budgetId, personId, spend, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Budget spend", id, personId,
        spend.category().label() + ": " + Pounds.text(spend.amountPence()) + " on " + Days.text(spend.spentOn()));
    return id;
  }

  /** Voids a spend recorded in error, with the reason, at the version read; it then counts for nothing. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidSpend(CurrentUser user, UUID personId, UUID budgetId, UUID spendId, int version,
      @Nullable String reason) {
    requireRecorder(user, personId);
    budget(user, personId, budgetId);
    Spend spend = store.findSpend(user.alliance(), budgetId, spendId)
        .orElseThrow(() -> new RecordNotFound("Spend"));
    if (reason == null || reason.isBlank()) {
      throw new Refused("reason", "Say why the spend is void");
    }
    if (spend.voided() || spend.version() != version
        || !store.voidSpend(user.alliance(), budgetId, spendId, version, reason.trim(), user.username())) {
      throw new EditConflict("spend");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "Budget spend", spendId, personId,
        spend.category().label() + ": " + spend.amountText() + " on " + Days.text(spend.spentOn()) + ", because "
            + reason.trim());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private List<BudgetView> views(UUID alliance, UUID personId) {
    return store.ofPerson(alliance, personId).stream().map(b -> view(alliance, b)).toList();
  }

  private BudgetView view(UUID alliance, PersonalBudget budget) {
    List<Spend> spends = store.spends(alliance, budget.id());
    return new BudgetView(budget, spends, BudgetFigures.of(budget, spends, today()));
  }

  private PersonalBudget budget(CurrentUser user, UUID personId, UUID budgetId) {
    return store.find(user.alliance(), personId, budgetId).orElseThrow(() -> new RecordNotFound("Personal budget"));
  }

  /** Workers who may open the person's record; the person reads their own through {@link #mine}. */
  private void requireWorker(CurrentUser user, UUID personId) {
    if (!(user.is(Role.ADMIN) || user.is(Role.MANAGER) || user.is(Role.PRACTITIONER)
        || user.is(Role.PANEL_MEMBER))) {
      throw new AccessDenied("personal budget");
    }
    people.requireAccess(user, personId);
  }

  /** Whether the user's role records budgets and spends: administrators, managers and practitioners. */
  public static boolean mayRecord(CurrentUser user) {
    return user.is(Role.ADMIN) || user.is(Role.MANAGER) || user.is(Role.PRACTITIONER);
  }

  /** Budgets and spends are recorded by administrators, managers and practitioners with access to the person. */
  private void requireRecorder(CurrentUser user, UUID personId) {
    if (!mayRecord(user)) {
      throw new AccessDenied("personal budget");
    }
    people.requireAccess(user, personId);
  }

  private static void refuse(NewPersonalBudget budget) {
    if (!budget.problems().isEmpty()) {
      throw new InvalidInput(budget.problems());
    }
  }
}
