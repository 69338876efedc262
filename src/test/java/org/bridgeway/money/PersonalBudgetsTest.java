package org.bridgeway.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class PersonalBudgetsTest {

  @Autowired NotesWorld worlds;
  @Autowired PersonalBudgets budgets;
  @Autowired JdbcClient jdbc;

  NotesWorld.World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = budgets.today();
  }

  static PersonalBudget budget(long pence, LocalDate start, LocalDate end) {
    return new PersonalBudget(UUID.randomUUID(), UUID.randomUUID(), BudgetKind.DIRECT_PAYMENT, pence, start, end,
        null, "test", 0);
  }

  static Spend spend(LocalDate day, long pence, boolean voided) {
    return new Spend(UUID.randomUUID(), UUID.randomUUID(), day, SpendCategory.TRANSPORT, pence, null, "test", 0,
        voided ? "Recorded twice" : null, voided ? "test" : null);
  }

  @Test
  void balanceAndForecastOfABudgetWorkedByHand() {
    // £5,200.00 from 1 April 2026 to 31 March 2027: 365 days. On 10 May 2026, 30 + 10 = 40 days have gone.
    PersonalBudget b = budget(520_000, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    List<Spend> spends = List.of(spend(LocalDate.of(2026, 4, 3), 60_000, false),
        spend(LocalDate.of(2026, 5, 9), 12_345, false),
        spend(LocalDate.of(2026, 5, 9), 99_999, true), // voided: counts for nothing
        spend(LocalDate.of(2026, 5, 11), 5_000, false)); // after the day asked about: not yet spent

    BudgetFigures f = BudgetFigures.of(b, spends, LocalDate.of(2026, 5, 10));

    // Spent £600.00 + £123.45 = £723.45; balance £5,200.00 - £723.45 = £4,476.55.
    assertThat(f.spentPence()).isEqualTo(72_345);
    assertThat(f.balancePence()).isEqualTo(447_655);
    assertThat(f.daysInPeriod()).isEqualTo(365);
    assertThat(f.daysGone()).isEqualTo(40);
    // Forecast spend 72,345 x 365 / 40 = 26,405,925 / 40 = 660,148.125 -> 660,148p = £6,601.48;
    // forecast balance £5,200.00 - £6,601.48 = -£1,401.48, an overspend.
    assertThat(f.forecastSpendPence()).isEqualTo(660_148);
    assertThat(f.forecastBalancePence()).isEqualTo(-140_148);
    assertThat(f.forecastOverspend()).isTrue();
    assertThat(f.forecastBalanceText()).isEqualTo("-£1,401.48");
    assertThat(f.byCategory()).containsEntry(SpendCategory.TRANSPORT, 72_345L);
  }

  @Test
  void theForecastRoundsHalfToEvenAndIsNotMadeBeforeThePeriodStarts() {
    // 1 to 10 January: 10 days. On 4 January 4 days have gone; spent £10.01.
    // 1,001 x 10 / 4 = 2,502.5 -> half to even: 2,502p (half-up would give 2,503p).
    PersonalBudget b = budget(10_000, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 10));
    List<Spend> spends = List.of(spend(LocalDate.of(2027, 1, 2), 1_001, false));
    assertThat(BudgetFigures.of(b, spends, LocalDate.of(2027, 1, 4)).forecastSpendPence()).isEqualTo(2_502);
    // 1,003 x 10 / 4 = 2,507.5 -> 2,508p (the even neighbour is above).
    assertThat(BudgetFigures.of(b, List.of(spend(LocalDate.of(2027, 1, 2), 1_003, false)), LocalDate.of(2027, 1, 4))
        .forecastSpendPence()).isEqualTo(2_508);
    // Before the period: no day has gone, so no forecast; after it, the forecast is what was spent.
    BudgetFigures before = BudgetFigures.of(b, List.of(), LocalDate.of(2026, 12, 31));
    assertThat(before.daysGone()).isZero();
    assertThat(before.forecastSpendPence()).isNull();
    assertThat(BudgetFigures.of(b, spends, LocalDate.of(2027, 2, 1)).forecastSpendPence()).isEqualTo(1_001);
  }

  NewPersonalBudget thisYear(long pence) {
    return new NewPersonalBudget(BudgetKind.COUNCIL_MANAGED, pence, today.minusDays(9), today.plusDays(355), null);
  }

  @Test
  void theCareTeamRecordsABudgetAndSpendsAndSeesTheBalance() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(365_000));
    budgets.spend(w.ourWorker(), w.sam(), id, new NewSpend(today.minusDays(1), SpendCategory.DAY_ACTIVITIES, 2_500,
        "Pottery class"));
    budgets.spend(w.ourWorker(), w.sam(), id, new NewSpend(today, SpendCategory.TRANSPORT, 1_250, null));

    BudgetView view = budgets.get(w.ourWorker(), w.sam(), id);
    // £3,650.00 for 365 days; 10 days gone; spent £25.00 + £12.50 = £37.50; balance £3,612.50.
    // Forecast 3,750 x 365 / 10 = 136,875p = £1,368.75; forecast balance £2,281.25.
    assertThat(view.figures().spentPence()).isEqualTo(3_750);
    assertThat(view.figures().balancePence()).isEqualTo(361_250);
    assertThat(view.figures().forecastSpendPence()).isEqualTo(136_875);
    assertThat(view.figures().forecastBalancePence()).isEqualTo(228_125);
    assertThat(view.spends()).hasSize(2);
    assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and subject_type = 'Budget spend'")
        .param(w.sam()).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void spendsOutsideThePeriodNegativeAmountsAndBackwardPeriodsAreRefusedAndNothingIsSaved() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(100_000));

    assertThatThrownBy(() -> budgets.spend(w.ourWorker(), w.sam(), id,
        new NewSpend(today.minusDays(10), SpendCategory.LEISURE, 500, null)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).contains("is outside it"));
    assertThatThrownBy(() -> budgets.spend(w.ourWorker(), w.sam(), id,
        new NewSpend(today.plusDays(1), SpendCategory.LEISURE, 500, null)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).contains("is after today"));
    assertThatThrownBy(() -> budgets.spend(w.ourWorker(), w.sam(), id,
        new NewSpend(today, SpendCategory.LEISURE, -500, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The amount spent must be more than £0.00"));
    assertThatThrownBy(() -> budgets.add(w.ourWorker(), w.sam(),
        new NewPersonalBudget(BudgetKind.DIRECT_PAYMENT, 100, today, today.minusDays(1), null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .startsWith("The period cannot end before it starts"));
    assertThatThrownBy(() -> budgets.add(w.ourWorker(), w.sam(),
        new NewPersonalBudget(BudgetKind.DIRECT_PAYMENT, -100, today, today, null)))
        .isInstanceOf(InvalidInput.class);

    assertThat(budgets.of(w.ourWorker(), w.sam())).singleElement()
        .satisfies(v -> assertThat(v.spends()).isEmpty());
  }

  @Test
  void aSpendIsVoidedWithAReasonOnceAndAStaleChangeIsRefused() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(100_000));
    UUID spend = budgets.spend(w.ourWorker(), w.sam(), id, new NewSpend(today, SpendCategory.EQUIPMENT, 4_000, null));

    assertThatThrownBy(() -> budgets.voidSpend(w.ourWorker(), w.sam(), id, spend, 0, " "))
        .isInstanceOf(Refused.class);
    budgets.voidSpend(w.colleague(), w.sam(), id, spend, 0, "Recorded on the wrong budget");
    assertThatThrownBy(() -> budgets.voidSpend(w.ourWorker(), w.sam(), id, spend, 0, "Again"))
        .isInstanceOf(EditConflict.class);

    BudgetView view = budgets.get(w.ourWorker(), w.sam(), id);
    assertThat(view.spends()).singleElement().satisfies(s -> {
      assertThat(s.voidedReason()).isEqualTo("Recorded on the wrong budget");
      assertThat(s.version()).isEqualTo(1);
    });
    assertThat(view.figures().spentPence()).isZero();

    budgets.change(w.ourWorker(), w.sam(), id, 0, thisYear(120_000));
    assertThatThrownBy(() -> budgets.change(w.colleague(), w.sam(), id, 0, thisYear(90_000)))
        .isInstanceOf(EditConflict.class);
    assertThat(budgets.get(w.ourWorker(), w.sam(), id).budget().amountPence()).isEqualTo(120_000);
  }

  @Test
  void aBudgetsPeriodCannotShrinkAwayFromItsSpends() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(100_000));
    budgets.spend(w.ourWorker(), w.sam(), id, new NewSpend(today.minusDays(5), SpendCategory.OTHER, 100, null));
    assertThatThrownBy(() -> budgets.change(w.ourWorker(), w.sam(), id, 0,
        new NewPersonalBudget(BudgetKind.COUNCIL_MANAGED, 100_000, today.minusDays(2), today.plusDays(300), null)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("start"));
  }

  @Test
  void thePersonSeesTheirOwnBudgetButNotAnothersAndStrangersAreRefused() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(100_000));
    budgets.spend(w.ourWorker(), w.sam(), id, new NewSpend(today, SpendCategory.LEISURE, 900, "Cinema"));
    UUID bob = w.alliance().person();
    budgets.add(w.alliance().admin, bob, thisYear(777_700));

    assertThat(budgets.mine(w.samHimself())).singleElement().satisfies(v -> {
      assertThat(v.budget().amountPence()).isEqualTo(100_000);
      assertThat(v.figures().balancePence()).isEqualTo(99_100);
    });
    // The person cannot read anyone's budget through the workers' way in, not even Bob's.
    assertThatThrownBy(() -> budgets.of(w.samHimself(), bob)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> budgets.of(w.samHimself(), w.sam())).isInstanceOf(AccessDenied.class);
    // A worker with no relationship to Bob, and a commissioner, are refused.
    assertThatThrownBy(() -> budgets.of(w.ourWorker(), bob)).isInstanceOf(AccessDenied.class);
    CurrentUser commissioner = w.alliance().user(Role.COMMISSIONER, null);
    assertThatThrownBy(() -> budgets.of(commissioner, w.sam())).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> budgets.mine(w.ourWorker())).isInstanceOf(org.bridgeway.shared.RecordNotFound.class);
  }

  @Test
  void aPanelMemberCannotRecordABudgetOrASpend() {
    UUID id = budgets.add(w.ourWorker(), w.sam(), thisYear(100_000));
    CurrentUser panel = w.alliance().user(Role.PANEL_MEMBER, null);

    assertThatThrownBy(() -> budgets.spend(panel, w.sam(), id, new NewSpend(today, SpendCategory.LEISURE, 900, null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> budgets.add(panel, w.sam(), thisYear(50_000))).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> budgets.change(panel, w.sam(), id, 0, thisYear(1))).isInstanceOf(AccessDenied.class);
    // Nothing was spent or added: one budget, its balance still the whole £1,000.00.
    assertThat(budgets.of(w.ourWorker(), w.sam())).singleElement()
        .satisfies(v -> assertThat(v.figures().balancePence()).isEqualTo(100_000));
  }
}
