package org.bridgeway.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.money.internal.RateStore;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly rate of each service over time, and individual package rates for a stay that override the
 * service's rate on their days. The history is kept: a new service rate from a day closes the rate in force the
 * day before. Rate periods of one service, or of one stay's packages, never share a day; a rate that would is
 * refused and nothing is saved. Administrators and managers change rates; every change is audited.
 */
@Service
public class Rates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final RateStore store;
  private final Services services;
  private final Stays stays;
  private final People people;
  private final AuditTrail audit;

  Rates(RateStore store, Services services, Stays stays, People people, AuditTrail audit) {
    this.store = store;
    this.services = services;
    this.stays = stays;
    this.people = people;
    this.audit = audit;
  }

  /** A service's rates, earliest first. */
  @Transactional(readOnly = true)
  public List<RatePeriod> ofService(CurrentUser user, UUID serviceId) {
    requireFinance(user);
    services.get(user.alliance(), serviceId);
    return store.ofService(user.alliance(), serviceId);
  }

  /**
   * Records a service's weekly rate from a day. When the rate in force before that day is open, it is closed on
   * the day before; any other rate sharing a day with the new one is refused.
   */
  @Transactional
  public UUID setServiceRate(CurrentUser user, UUID serviceId, NewRate rate) {
    requireChange(user);
    ServiceRecord service = services.get(user.alliance(), serviceId);
    check(rate);
    store.lock(user.alliance(), serviceId);
    List<RatePeriod> existing = store.ofService(user.alliance(), serviceId);
    RatePeriod toClose = null;
    for (RatePeriod other : existing) {
      if (!other.overlaps(rate.from(), rate.to())) {
        continue;
      }
      if (other.to() == null && other.from().isBefore(rate.from()) && toClose == null) {
        toClose = other;
      } else {
        throw new Refused("from", "The rate of " + other.weeklyText() + " a week " + other.periodText()
            + " covers some of the same days. Rates of a service cannot overlap: choose dates outside it.");
      }
    }
    if (toClose != null) {
      store.closeServiceRate(user.alliance(), toClose.id(), rate.from().minusDays(1));
    }
    UUID id = UUID.randomUUID();
    store.insertServiceRate(user.alliance(), id, serviceId, rate, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Service rate", id, null, service.name() + ": "
        + Pounds.text(rate.weeklyPence()) + " a week from " + rate.from().format(DAY)
        + (rate.to() == null ? "" : " to " + rate.to().format(DAY))
        + (toClose == null ? "" : "; the rate of " + toClose.weeklyText() + " now ends on "
            + rate.from().minusDays(1).format(DAY)));
    return id;
  }

  /**
   * The individual package rates of a person's stay, earliest first. A named person's package is for
   * administrators and managers who may open their record; commissioners see totals only and are refused.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<RatePeriod> ofStay(CurrentUser user, UUID personId, UUID stayId) {
    requireChange(user);
    stays.get(user, personId, stayId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Package rate", stayId, personId, null);
    return store.ofStay(user.alliance(), stayId);
  }

  /**
   * Records an individual package rate for days of a person's stay, with the reason; it must lie within the
   * stay and share no day with another package of the stay.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID setPackageRate(CurrentUser user, UUID personId, UUID stayId, NewRate rate) {
    requireChange(user);
    Stay stay = stays.get(user, personId, stayId);
    check(rate);
    if (rate.reason() == null || rate.reason().isBlank()) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Say why this package differs from the service's rate")));
    }
    if (rate.from().isBefore(stay.startDate())) {
      throw new Refused("from", "The stay starts on " + stay.startDate().format(DAY) + ": a package cannot start before it");
    }
    if (stay.endDate() != null && (rate.to() == null || !rate.to().isBefore(stay.endDate()))) {
      throw new Refused("to", "The stay ended on " + stay.endDate().format(DAY) + ": the package's last day must be "
          + "before then");
    }
    store.lock(user.alliance(), stayId);
    for (RatePeriod other : store.ofStay(user.alliance(), stayId)) {
      if (other.overlaps(rate.from(), rate.to())) {
        throw new Refused("from", "The package of " + other.weeklyText() + " a week " + other.periodText()
            + " covers some of the same days. Packages of a stay cannot overlap: choose dates outside it.");
      }
    }
    UUID id = UUID.randomUUID();
    store.insertPackageRate(user.alliance(), id, stayId, personId, rate, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Package rate", id, personId, stay.serviceName()
        + ": individual package of " + Pounds.text(rate.weeklyPence()) + " a week from " + rate.from().format(DAY)
        + (rate.to() == null ? "" : " to " + rate.to().format(DAY)) + ", because " + rate.reason().trim());
    return id;
  }

  /**
   * The person's stays, earliest first, each with its package rates and the service's rate on the day: the
   * person's money view. For administrators and managers only, never commissioners.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<StayPackages> packagesOf(CurrentUser user, UUID personId, LocalDate today) {
    requireChange(user);
    List<StayPackages> all = new ArrayList<>();
    for (Stay stay : stays.ofPerson(user, personId)) {
      List<RatePeriod> service = store.ofService(user.alliance(), stay.serviceId());
      RatePeriod now = service.stream().filter(r -> r.covers(today)).findFirst().orElse(null);
      all.add(new StayPackages(stay, now == null ? null : now.weeklyPence(),
          store.ofStay(user.alliance(), stay.id())));
    }
    audit.record(user, user.alliance(), AuditAction.VIEW, "Package rate", personId, personId,
        "Package rates of their stays");
    return all;
  }

  /**
   * Ends a package rate on a last day (or changes the day it ends), keeping its first day and amount. The last day
   * must not be before its first, must be before the stay's end, and must not reach another package of the stay.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void endPackageRate(CurrentUser user, UUID personId, UUID stayId, UUID rateId, @Nullable LocalDate lastDay) {
    requireChange(user);
    Stay stay = stays.get(user, personId, stayId);
    if (lastDay == null) {
      throw new InvalidInput(List.of(new FieldProblem("to", "Enter the package's last day")));
    }
    store.lock(user.alliance(), stayId);
    List<RatePeriod> ofStay = store.ofStay(user.alliance(), stayId);
    RatePeriod rate = ofStay.stream().filter(r -> r.id().equals(rateId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Package rate"));
    if (lastDay.isBefore(rate.from())) {
      throw new Refused("to", "The package starts on " + rate.from().format(DAY) + ": its last day cannot be before it");
    }
    if (stay.endDate() != null && !lastDay.isBefore(stay.endDate())) {
      throw new Refused("to", "The stay ended on " + stay.endDate().format(DAY) + ": the package's last day must be "
          + "before then");
    }
    for (RatePeriod other : ofStay) {
      if (!other.id().equals(rateId) && other.overlaps(rate.from(), lastDay)) {
        throw new Refused("to", "The package of " + other.weeklyText() + " a week " + other.periodText()
            + " covers some of the same days. Packages of a stay cannot overlap: choose an earlier last day.");
      }
    }
    store.endPackageRate(user.alliance(), stayId, rateId, lastDay);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Package rate", rateId, personId, stay.serviceName()
        + ": the package of " + rate.weeklyText() + " a week " + rate.periodText() + " now ends on "
        + lastDay.format(DAY));
  }

  /** Voids a package rate recorded in error, with the reason; the service's rate applies to its days again. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidPackageRate(CurrentUser user, UUID personId, UUID stayId, UUID rateId, String reason) {
    requireChange(user);
    stays.get(user, personId, stayId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Say why the package is void")));
    }
    if (store.ofStay(user.alliance(), stayId).stream().noneMatch(r -> r.id().equals(rateId))) {
      throw new RecordNotFound("Package rate");
    }
    store.voidPackageRate(user.alliance(), stayId, rateId, reason.trim());
    audit.record(user, user.alliance(), AuditAction.VOID, "Package rate", rateId, personId, reason.trim());
  }

  private static void check(NewRate rate) {
    List<FieldProblem> problems = new ArrayList<>();
    if (rate.weeklyPence() < 0) {
      problems.add(new FieldProblem("weekly", "The weekly rate cannot be negative"));
    } else if (rate.weeklyPence() == 0) {
      problems.add(new FieldProblem("weekly", "The weekly rate must be more than £0.00: care that costs nothing "
          + "has no rate"));
    }
    if (rate.weeklyPence() >= 100_000_000_00L) {
      problems.add(new FieldProblem("weekly", "The weekly rate must be less than £100,000,000"));
    }
    if (rate.to() != null && rate.to().isBefore(rate.from())) {
      problems.add(new FieldProblem("to", "The last day cannot be before the first, " + rate.from().format(DAY)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  static void requireFinance(CurrentUser user) {
    if (!(user.is(Role.ADMIN) || user.is(Role.MANAGER) || user.is(Role.COMMISSIONER))) {
      throw new AccessDenied("finance page");
    }
  }

  static void requireChange(CurrentUser user) {
    if (!(user.is(Role.ADMIN) || user.is(Role.MANAGER))) {
      throw new AccessDenied("rate");
    }
  }
}
