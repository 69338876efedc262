package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.MoneyBulkWriter;
import org.bridgeway.money.MoneyBulkWriter.BulkBudget;
import org.bridgeway.money.MoneyBulkWriter.BulkSpend;
import org.bridgeway.money.SpendCategory;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.springframework.stereotype.Component;

/**
 * The demo's personal budgets: about 45% of the people now living in the community (in supported living or with
 * floating support) have a budget for each financial year of that stay, up to three years back, of £1,500 to
 * £8,000 a year: half as direct payments, the rest managed by the council or a provider. Each month of a budget
 * up to today has one to four spends (personal care, day activities, transport, equipment, leisure, other) at a
 * pace of 70% to 110% of the budget, so some people are on course to underspend and a few to overspend. Budgets
 * run from 1 April (or the day the stay began) to 31 March. Same seed, same data.
 */
@Component
class DemoBudgets {

  private static final Map<SpendCategory, List<String>> NOTES = Map.of(
      SpendCategory.PERSONAL_CARE, List.of("Personal assistant, morning calls", "Help with shopping and cooking",
          "Personal assistant, evening"),
      SpendCategory.DAY_ACTIVITIES, List.of("Pottery course", "Gardening project", "Art group term fee",
          "College course materials"),
      SpendCategory.TRANSPORT, List.of("Monthly bus pass", "Taxi to the hospital appointment", "Train to see family"),
      SpendCategory.EQUIPMENT, List.of("Laptop for college", "Kitchen equipment", "Mobile phone"),
      SpendCategory.LEISURE, List.of("Gym membership", "Swimming sessions", "Football club subs", "Cinema card"),
      SpendCategory.OTHER, List.of("Allotment rent", "Music lessons", "Passport photographs"));
  private static final SpendCategory[] WEIGHTED = {SpendCategory.PERSONAL_CARE, SpendCategory.PERSONAL_CARE,
      SpendCategory.PERSONAL_CARE, SpendCategory.DAY_ACTIVITIES, SpendCategory.DAY_ACTIVITIES,
      SpendCategory.TRANSPORT, SpendCategory.TRANSPORT, SpendCategory.EQUIPMENT, SpendCategory.LEISURE,
      SpendCategory.LEISURE, SpendCategory.OTHER};

  private final Services services;
  private final MoneyBulkWriter writer;

  DemoBudgets(Services services, MoneyBulkWriter writer) {
    this.services = services;
    this.writer = writer;
  }

  /** Writes the budgets and spends; answers how many budgets were written. */
  int write(UUID alliance, List<PastStay> stays, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x627564676574L);
    Map<UUID, ServiceKind> kinds = new HashMap<>();
    for (ServiceRecord service : services.all(alliance)) {
      kinds.put(service.id(), service.kind());
    }
    int thisYear = AllianceBudgets.yearOf(today);
    List<BulkBudget> budgets = new ArrayList<>();
    List<BulkSpend> spends = new ArrayList<>();
    for (PastStay stay : stays) {
      ServiceKind kind = kinds.get(stay.serviceId());
      boolean community = kind == ServiceKind.SUPPORTED_LIVING || kind == ServiceKind.FLOATING_SUPPORT;
      if (!community || stay.endDate() != null || stay.startDate().isAfter(today) || random.nextInt(100) >= 45) {
        continue;
      }
      BudgetKind held = switch (random.nextInt(10)) {
        case 0, 1, 2, 3, 4 -> BudgetKind.DIRECT_PAYMENT;
        case 5, 6, 7 -> BudgetKind.COUNCIL_MANAGED;
        default -> BudgetKind.PROVIDER_MANAGED;
      };
      long yearly = (30 + random.nextInt(131)) * 50_00L; // £1,500 to £8,000 in steps of £50
      int pacePercent = 70 + random.nextInt(41);
      int firstYear = Math.max(AllianceBudgets.yearOf(stay.startDate()), thisYear - 2);
      for (int year = firstYear; year <= thisYear; year++) {
        LocalDate start = LocalDate.of(year, 4, 1);
        if (start.isBefore(stay.startDate())) {
          start = stay.startDate();
        }
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        UUID id = UUID.randomUUID();
        budgets.add(new BulkBudget(id, stay.personId(), held, yearly, start, end));
        spends(random, id, stay.personId(), yearly, pacePercent, start, end, today, spends);
      }
    }
    writer.personalBudgets(alliance, budgets, spends, "demo");
    return budgets.size();
  }

  private static void spends(SplittableRandom random, UUID budget, UUID person, long yearly, int pacePercent,
      LocalDate start, LocalDate end, LocalDate today, List<BulkSpend> into) {
    LocalDate last = end.isBefore(today) ? end : today;
    long monthly = yearly * pacePercent / 100 / 12;
    for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate from = month.isBefore(start) ? start : month;
      LocalDate to = month.plusMonths(1).minusDays(1);
      if (to.isAfter(last)) {
        to = last;
      }
      int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        long amount = Math.max(5_00L, monthly / count * (70 + random.nextInt(61)) / 100);
        SpendCategory category = WEIGHTED[random.nextInt(WEIGHTED.length)];
        List<String> notes = NOTES.get(category);
        into.add(new BulkSpend(budget, person, from.plusDays(random.nextInt(span)), category, amount,
            notes.get(random.nextInt(notes.size()))));
      }
    }
  }
}
