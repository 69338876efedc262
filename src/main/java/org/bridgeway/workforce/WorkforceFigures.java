package org.bridgeway.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.StaffContract;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.workforce.internal.BaseStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the workforce on a day (see {@link WorkforceBreakdown}): staff whose contract covers the day, their
 * headcount, mean contracted hours (to one decimal place), whole-time equivalents (the sum of their hours over the
 * alliance's standard week, to one decimal place) and how many hold a lived-experience role. Names no one.
 */
@Service
public class WorkforceFigures {

  static final String NO_TEAM = "No team";
  static final String NO_SERVICE = "Not based at a service";

  private final WorkforceReport report;
  private final BaseStore bases;
  private final AuditTrail audit;

  WorkforceFigures(WorkforceReport report, BaseStore bases, AuditTrail audit) {
    this.report = report;
    this.bases = bases;
    this.audit = audit;
  }

  @Transactional
  public WorkforceBreakdown on(CurrentUser user, LocalDate day) {
    UUID alliance = user.alliance();
    WorkforceBreakdown breakdown = breakdown(day, report.contracts(alliance, day), bases.servicesOn(alliance, day),
        report.standardWeek(alliance));
    audit.record(user, alliance, AuditAction.VIEW, "Workforce", alliance, null, "Workforce on " + day);
    return breakdown;
  }

  /** The figures from the contracts covering the day and the services each member of staff is based at. */
  public static WorkforceBreakdown breakdown(LocalDate day, List<StaffContract> staff,
      Map<UUID, List<ServiceBase>> basedAt, BigDecimal standardWeek) {
    Workforce all = figures(staff, standardWeek);
    List<WorkforceRow> organisations = group(staff, s -> new Key(s.organisationId(), s.organisationName()),
        standardWeek);
    List<WorkforceRow> teams = group(staff, s -> new Key(s.teamId(), s.teamId() == null ? NO_TEAM : s.teamName()),
        standardWeek);
    Map<Key, List<StaffContract>> byService = new LinkedHashMap<>();
    for (StaffContract s : staff) {
      List<ServiceBase> at = basedAt.getOrDefault(s.staffId(), List.of());
      if (at.isEmpty()) {
        byService.computeIfAbsent(new Key(null, NO_SERVICE), k -> new ArrayList<>()).add(s);
      }
      at.stream().map(b -> new Key(b.serviceId(), b.serviceName())).distinct()
          .forEach(k -> byService.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
    }
    return new WorkforceBreakdown(day, standardWeek, all, organisations, teams, rows(byService, standardWeek));
  }

  /** The service a member of staff is based at on a day. */
  public record ServiceBase(UUID serviceId, String serviceName) {}

  private record Key(@Nullable UUID id, String name) {}

  private static List<WorkforceRow> group(List<StaffContract> staff, Function<StaffContract, Key> key,
      BigDecimal standardWeek) {
    Map<Key, List<StaffContract>> groups = new LinkedHashMap<>();
    staff.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    return rows(groups, standardWeek);
  }

  private static List<WorkforceRow> rows(Map<Key, List<StaffContract>> groups, BigDecimal standardWeek) {
    return groups.entrySet().stream()
        .map(e -> new WorkforceRow(e.getKey().id(), e.getKey().name(), figures(e.getValue(), standardWeek)))
        .sorted(Comparator.comparing((WorkforceRow r) -> r.id() == null).thenComparing(WorkforceRow::name))
        .toList();
  }

  private static Workforce figures(List<StaffContract> staff, BigDecimal standardWeek) {
    return Workforce.of(staff.stream().map(StaffContract::contractedHours).toList(),
        (int) staff.stream().filter(StaffContract::livedExperience).count(), standardWeek);
  }
}
