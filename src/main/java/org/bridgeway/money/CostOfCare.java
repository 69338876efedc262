package org.bridgeway.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.money.internal.RateStore;
import org.bridgeway.pathway.StaySpan;
import org.bridgeway.pathway.StaySpans;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost of care, computed from the stays and never typed in: each day a stay covers in the period costs the
 * weekly rate in force that day divided by 7 (an individual package rate on its days, else the service's rate;
 * a service with no rate recorded at all counts its set-up weekly cost). The days are not walked one by one: each
 * stay is cut at the edges of the rate periods, and each piece adds days × weekly rate. The total of those, in
 * sevenths of a penny, is exact; it is divided by 7 and rounded half-up to the penny once, at the end.
 */
@Service
public class CostOfCare {

  private final StaySpans spans;
  private final RateStore rates;
  private final Services services;
  private final AuditTrail audit;

  CostOfCare(StaySpans spans, RateStore rates, Services services, AuditTrail audit) {
    this.spans = spans;
    this.rates = rates;
    this.services = services;
    this.audit = audit;
  }

  /** The alliance's cost of care for the days from {@code from} to {@code to}, both included. */
  @Transactional
  public CareCost between(CurrentUser user, LocalDate from, LocalDate to) {
    Rates.requireFinance(user);
    if (to.isBefore(from)) {
      throw new InvalidInput(List.of(new FieldProblem("to", "The last day cannot be before the first")));
    }
    CareCost cost = prices(user.alliance(), from, to).cost(from, to);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Cost of care", null, null,
        "From " + from + " to " + to + ": " + cost.text());
    return cost;
  }

  /** The stays and rates needed to price any days from {@code from} to {@code to}; read once, priced often. */
  Prices prices(UUID alliance, LocalDate from, LocalDate to) {
    List<StaySpan> stays = spans.overlapping(alliance, from, to);
    Map<UUID, List<RatePeriod>> byService = rates.allServiceRates(alliance).stream()
        .collect(Collectors.groupingBy(RatePeriod::ownerId));
    Map<UUID, List<RatePeriod>> byStay = rates.packagesOverlapping(alliance, from, to).stream()
        .collect(Collectors.groupingBy(RatePeriod::ownerId));
    Map<UUID, Long> setUp = new HashMap<>();
    for (ServiceRecord service : services.all(alliance)) {
      if (service.weeklyCostPence() != null) {
        setUp.put(service.id(), service.weeklyCostPence());
      }
    }
    return new Prices(stays, byService, byStay, setUp);
  }

  /** Stays with their rates, priced for any days within those read. */
  record Prices(List<StaySpan> stays, Map<UUID, List<RatePeriod>> serviceRates,
      Map<UUID, List<RatePeriod>> packages, Map<UUID, Long> setUpCosts) {

    CareCost cost(LocalDate from, LocalDate to) {
      long[] sums = new long[3]; // sevenths of a penny, stay days, days without a rate
      for (StaySpan stay : stays) {
        LocalDate start = later(stay.start(), from);
        LocalDate last = stay.end() == null ? to : earlier(stay.end().minusDays(1), to);
        if (last.isBefore(start)) {
          continue;
        }
        sums[1] += days(start, last);
        LocalDate cursor = start;
        for (RatePeriod pack : packages.getOrDefault(stay.stayId(), List.of())) {
          LocalDate ps = later(pack.from(), start);
          LocalDate pe = pack.to() == null ? last : earlier(pack.to(), last);
          if (pe.isBefore(ps) || pe.isBefore(cursor)) {
            continue;
          }
          if (cursor.isBefore(ps)) {
            serviceDays(stay.serviceId(), cursor, ps.minusDays(1), sums);
          }
          sums[0] += days(ps, pe) * pack.weeklyPence();
          cursor = pe.plusDays(1);
        }
        if (!cursor.isAfter(last)) {
          serviceDays(stay.serviceId(), cursor, last, sums);
        }
      }
      long pence = BigDecimal.valueOf(sums[0]).divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).longValueExact();
      return new CareCost(from, to, pence, sums[1], sums[2]);
    }

    /** The weekly rate of the stay on a day, if one is known. */
    @Nullable Long weeklyOn(StaySpan stay, LocalDate day) {
      for (RatePeriod pack : packages.getOrDefault(stay.stayId(), List.of())) {
        if (pack.covers(day)) {
          return pack.weeklyPence();
        }
      }
      List<RatePeriod> ofService = serviceRates.get(stay.serviceId());
      if (ofService == null || ofService.isEmpty()) {
        return setUpCosts.get(stay.serviceId());
      }
      return ofService.stream().filter(r -> r.covers(day)).map(RatePeriod::weeklyPence).findFirst().orElse(null);
    }

    private void serviceDays(UUID service, LocalDate from, LocalDate to, long[] sums) {
      long all = days(from, to);
      List<RatePeriod> ofService = serviceRates.get(service);
      if (ofService == null || ofService.isEmpty()) {
        Long setUp = setUpCosts.get(service);
        if (setUp == null) {
          sums[2] += all;
        } else {
          sums[0] += all * setUp;
        }
        return;
      }
      long priced = 0;
      for (RatePeriod rate : ofService) {
        LocalDate rs = later(rate.from(), from);
        LocalDate re = rate.to() == null ? to : earlier(rate.to(), to);
        if (!re.isBefore(rs)) {
          long d = days(rs, re);
          priced += d;
          sums[0] += d * rate.weeklyPence();
        }
      }
      sums[2] += all - priced;
    }
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
