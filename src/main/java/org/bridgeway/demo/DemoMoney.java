package org.bridgeway.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetDetails;
import org.bridgeway.money.Funder;
import org.bridgeway.money.MoneyBulkWriter;
import org.bridgeway.money.MoneyBulkWriter.BulkRate;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.springframework.stereotype.Component;

/**
 * The demo's money: a weekly rate for every service from 1 April of each financial year since the pathway
 * history began, reaching today's typical rates (an inpatient rehabilitation ward about £3,500 a week, nursing
 * care £1,400, residential care £1,000, community recovery £900, staffed flats £700, supported living £450,
 * floating support £120; out of area 25% more) by an uplift of 1.5% a year in the Lambeth-like alliance and
 * level block-contract prices in the Leeds-like one; an individual package rate for about one stay in 8 in
 * nursing or residential care and one in 10 in supported living or floating support (half from the start of the
 * stay, half from a placement review three to nine months in); and the alliance budget of each year. The
 * original budget is the cost of care of the first financial year the history covers whole, so it fits the
 * demo's number of people, and stays level while people step down, so the savings grow; the Lambeth-like target
 * is 23% from the second year, the Leeds-like alliance sets none. Same seed, same data.
 */
@Component
class DemoMoney {

  private final Services services;
  private final MoneyBulkWriter writer;

  DemoMoney(Services services, MoneyBulkWriter writer) {
    this.services = services;
    this.writer = writer;
  }

  static long todaysRatePounds(ServiceKind kind) {
    return switch (kind) {
      case INPATIENT_REHABILITATION -> 3500;
      case NURSING_CARE -> 1400;
      case RESIDENTIAL_CARE -> 1000;
      case COMMUNITY_RECOVERY -> 900;
      case STAFFED_FLATS -> 700;
      case SUPPORTED_LIVING -> 450;
      case FLOATING_SUPPORT -> 120;
      default -> 0;
    };
  }

  void write(UUID alliance, boolean lambethLike, List<PastStay> stays, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x6d6f6e6579L);
    int thisYear = AllianceBudgets.yearOf(today);
    // The first financial year the history covers whole: its cost of care is the original budget.
    LocalDate historyBegins = today.minusDays(DemoPathway.HISTORY_DAYS);
    int firstYear = AllianceBudgets.yearOf(historyBegins.minusDays(1)) + 1;
    // The Lambeth-like alliance's uplift is 1.5% a year; the Leeds-like one holds block-contract prices level.
    BigDecimal yearlyRise = new BigDecimal(lambethLike ? "1.015" : "1");
    List<BulkRate> rates = new ArrayList<>();
    java.util.Map<UUID, ServiceKind> kinds = new java.util.HashMap<>();
    for (ServiceRecord service : services.all(alliance)) {
      kinds.put(service.id(), service.kind());
      long pounds = todaysRatePounds(service.kind());
      if (pounds == 0) {
        if (service.weeklyCostPence() == null) {
          continue;
        }
        pounds = service.weeklyCostPence() / 100;
      }
      if (service.outOfArea()) {
        pounds = pounds * 125 / 100;
      }
      // Today's rate, give or take 5%, in whole pounds; each year before it less by the yearly uplift.
      BigDecimal rate = BigDecimal.valueOf(pounds * (95 + random.nextInt(11)) / 100);
      List<BulkRate> ofService = new ArrayList<>();
      for (int year = thisYear; year >= firstYear; year--) {
        LocalDate from = year == firstYear ? LocalDate.of(2000, 1, 1) : LocalDate.of(year, 4, 1);
        LocalDate to = year == thisYear ? null : LocalDate.of(year + 1, 3, 31);
        ofService.add(new BulkRate(service.id(), service.id(), from, to,
            rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact()));
        rate = rate.divide(yearlyRise, 0, RoundingMode.HALF_UP);
      }
      rates.addAll(ofService);
    }
    writer.serviceRates(alliance, rates, "demo");

    List<BulkRate> packages = new ArrayList<>();
    for (PastStay stay : stays) {
      ServiceKind kind = kinds.get(stay.serviceId());
      boolean care = kind == ServiceKind.NURSING_CARE || kind == ServiceKind.RESIDENTIAL_CARE;
      boolean community = kind == ServiceKind.SUPPORTED_LIVING || kind == ServiceKind.FLOATING_SUPPORT;
      if ((care && random.nextInt(100) < 12) || (community && random.nextInt(100) < 10)) {
        long weekly = todaysRatePounds(kind) * (130 + random.nextInt(40));
        // Half agreed at the start of the stay; half at a placement review three to nine months in.
        LocalDate from = random.nextBoolean() ? stay.startDate() : stay.startDate().plusDays(90 + random.nextInt(181));
        LocalDate lastDay = stay.endDate() == null ? null : stay.endDate().minusDays(1);
        if ((lastDay != null && from.isAfter(lastDay)) || from.isAfter(today)) {
          from = stay.startDate();
        }
        packages.add(new BulkRate(stay.id(), stay.personId(), from, lastDay, weekly));
      }
    }
    writer.packageRates(alliance, packages, "Extra one-to-one support agreed at the placement review", "demo");

    long baseline = writer.costOfCare(alliance, LocalDate.of(firstYear, 4, 1), LocalDate.of(firstYear + 1, 3, 31));
    long original = Math.max(100_000_00L, Math.round(baseline / 100_000.0) * 100_000); // to the nearest £1,000
    for (int year = firstYear; year <= thisYear; year++) {
      long health = lambethLike ? original * 35 / 100 : original * 48 / 100;
      List<Funder> funders = List.of(new Funder("Adult social care", original - health),
          new Funder(lambethLike ? "South London health trust" : "Leeds health trust", health));
      int target = year == firstYear || !lambethLike ? 0 : 2300;
      writer.budget(alliance, year, new BudgetDetails(original, target), funders, "demo");
    }
  }
}
