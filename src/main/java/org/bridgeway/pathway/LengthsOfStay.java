package org.bridgeway.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.pathway.internal.LengthStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lengths of stay against each service's intended length. All lengths are in covered days: a stay covers its
 * start date up to the day before its end date.
 *
 * <ul>
 *   <li><b>Overdue on a day</b> (overstaying): a stay covering the day whose covered days so far, from its start
 *       to the day itself (day − start + 1), are more than its service's intended maximum; days over is the
 *       difference. A stay exactly at the maximum is not overdue. Listed most days over first, a page at a
 *       time; the person is named only when the user may open their record.</li>
 *   <li><b>Stays that ended in a period</b> (both ends included, the last 12 months unless asked): a stay whose
 *       end date lies in the period; its length is end date − start date days.</li>
 *   <li><b>Stays open on the day</b>: stays covering the day, with their covered days so far.</li>
 *   <li><b>Median and quartiles</b> by the nearest-rank method: of n lengths in order, the p-th percentile is the
 *       length at rank ⌈p × n / 100⌉ (so the median of 4 lengths is the 2nd).</li>
 *   <li><b>Bands</b>, with months as days: under 3 months (under 91 days), 3–6 (91–181), 6–9 (182–272),
 *       9–12 (273–364), 12–18 (365–546), 18–24 (547–729), 2 years and over (730 or more).</li>
 *   <li><b>Within the intended length</b>: stays no longer than their service's intended maximum, and their share
 *       of the stays whose service has one.</li>
 * </ul>
 */
@Service
public class LengthsOfStay {

  public static final int PAGE_SIZE = 25;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final LengthStore store;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  LengthsOfStay(LengthStore store, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The period ending on the day that is 12 months long: from the day a year before, plus one, to the day. */
  public static LocalDate yearBefore(LocalDate day) {
    return day.minusYears(1).plusDays(1);
  }

  /** Lengths of stay on the day, with stays that ended from {@code from} to {@code to}; a page of overdue stays. */
  @Transactional
  public StayLengths report(CurrentUser user, LocalDate day, LocalDate from, LocalDate to, int page) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("lengths of stay");
    }
    if (to.isBefore(from)) {
      throw new Refused("from", "The period must start on or before its last day");
    }
    int wanted = Math.max(0, page);
    List<LengthStore.Overdue> rows = store.overdue(user.alliance(), day, wanted, PAGE_SIZE);
    long total = rows.isEmpty() && wanted == 0 ? 0 : store.overdueCount(user.alliance(), day);
    List<OverdueStay> overdue = new ArrayList<>();
    long hidden = 0;
    for (LengthStore.Overdue row : rows) {
      boolean named = people.mayOpen(user, row.personId());
      if (!named) {
        hidden++;
      }
      overdue.add(new OverdueStay(row.stayId(), named ? row.personId() : null, named ? row.name() : null,
          row.serviceId(), row.serviceName(), row.startDate(), row.daysSoFar(), row.intendedMaxDays(),
          row.daysSoFar() - row.intendedMaxDays()));
    }
    List<LengthDistribution> ended = store.ended(user.alliance(), from, to).stream()
        .filter(d -> d.count() > 0).toList();
    List<LengthDistribution> open = store.open(user.alliance(), day).stream().filter(d -> d.count() > 0).toList();
    audit.record(user, user.alliance(), AuditAction.VIEW, "Lengths of stay", null, null, "Lengths of stay on "
        + day.format(DAY) + ": " + total + " overdue, " + (overdue.size() - hidden) + " people named");
    return new StayLengths(day, from, to, new Paged<>(overdue, wanted, PAGE_SIZE, total), hidden, ended, open);
  }
}
