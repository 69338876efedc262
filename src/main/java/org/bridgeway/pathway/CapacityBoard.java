package org.bridgeway.pathway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.pathway.internal.BoardStore;
import org.bridgeway.pathway.internal.BoardStore.Occupancy;
import org.bridgeway.pathway.internal.BoardStore.PlanCount;
import org.bridgeway.pathway.internal.BoardStore.ReadyPlan;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity board: where the pathway has room and where it is stuck, for each setting of the alliance where
 * people stay (a kind on the ladder, or a hospital ward or crisis alternative) that has a capacity, on a day (today unless asked) and looking ahead a number of weeks (8 unless asked, 1 to 52).
 *
 * <ul>
 *   <li><b>Occupied</b>: stays in the service covering the day. A stay covers its start date up to the day
 *       before its end date, so a stay ending on the day is not counted and one starting on it is.</li>
 *   <li><b>Vacant now</b>: capacity − occupied, never below 0; when occupied is more than capacity the service
 *       is <b>over capacity</b> by the difference.</li>
 *   <li><b>Expected vacancies</b>: stays covering the day that are expected to end after the day and no later
 *       than the day + 7 × weeks. A stay with a recorded end date is expected to end then; one without, on its
 *       planned end date, or on the target date of an open move plan out of it (ready or not). Each stay counts
 *       once, however many of those dates fall in the window.</li>
 *   <li><b>Ready to move out</b>: distinct people with an open move plan, ready since the day or earlier, out of
 *       a stay in the service that covers the day.</li>
 *   <li><b>Waiting to move in</b>: distinct people with an open move plan to the service, ready since the day or
 *       earlier.</li>
 *   <li><b>Delayed moves</b>: the people waiting to move in while the service has no vacancy now; the
 *       <b>longest delay</b> is the most whole days any of them has waited since the date they were ready.</li>
 *   <li><b>Total</b>: the sum of each column over the services shown; vacant now and over capacity are summed
 *       service by service, so one service's spare places never hide another's overcrowding. The longest delay
 *       is the longest of all.</li>
 * </ul>
 *
 * Services are listed hospital and crisis first, then up the alliance's ladder from its most restrictive level,
 * by name within a level. Move plans record readiness as it is now, so a board for a past day counts plans as they stand today with
 * the readiness date they carry. People ready to move are listed by name only when the user may open their
 * record; the others are counted. Counts come from a few queries grouped by service, whatever the number of services or stays.
 */
@Service
public class CapacityBoard {

  /**
   * Settings where people stay: the ladder, hospital wards and crisis alternatives. Teams and day services have
   * places too, but their people are on a caseload or a register, not staying, so they are not on the board.
   */
  public static boolean onBoard(ServiceKind kind) {
    return kind.onLadder() || kind.hospital();
  }

  /** Hospital and crisis first, then the alliance's ladder from its most restrictive level. */
  private static int place(Ladder ladder, ServiceKind kind) {
    return kind.hospital() ? 0 : ladder.level(kind).orElse(Integer.MAX_VALUE);
  }

  /** The most people the board lists by name or count below the table; the rest are counted in the total. */
  public static final int LISTED = 200;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final BoardStore store;
  private final Services services;
  private final Ladders ladders;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  CapacityBoard(BoardStore store, Services services, Ladders ladders, People people, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.services = services;
    this.ladders = ladders;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The board for the filter; refused when the look-ahead is not 1 to 52 weeks. */
  @Transactional
  public Board board(CurrentUser user, BoardFilter filter) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("capacity board");
    }
    if (filter.weeks() < 1 || filter.weeks() > BoardFilter.MAX_WEEKS) {
      throw new Refused("weeks", "Enter a number of weeks from 1 to " + BoardFilter.MAX_WEEKS);
    }
    LocalDate day = filter.day();
    Map<UUID, Occupancy> occupancy = new HashMap<>();
    store.occupancy(user.alliance(), day, filter.until()).forEach(o -> occupancy.put(o.serviceId(), o));
    Map<UUID, PlanCount> in = new HashMap<>();
    Map<UUID, PlanCount> out = new HashMap<>();
    store.readyPlans(user.alliance(), day).forEach(p -> (p.in() ? in : out).put(p.serviceId(), p));

    Map<UUID, Long> vacancies = new HashMap<>();
    List<BoardRow> rows = new ArrayList<>();
    Ladder ladder = ladders.of(user.alliance());
    List<ServiceRecord> settings = services.all(user.alliance()).stream()
        .sorted(Comparator.comparingInt((ServiceRecord s) -> place(ladder, s.kind())).thenComparing(ServiceRecord::name))
        .toList();
    for (ServiceRecord service : settings) {
      if (!onBoard(service.kind()) || service.capacity() == null) {
        continue;
      }
      BoardRow row = row(service, occupancy.get(service.id()), in.get(service.id()), out.get(service.id()), day);
      vacancies.put(service.id(), row.vacantNow());
      if (matches(service, filter)) {
        rows.add(row);
      }
    }
    BoardRow total = total(rows, filter);

    List<ReadyToMove> listed = new ArrayList<>();
    long hidden = 0;
    List<ReadyPlan> plans = store.readyList(user.alliance(), day, filter.organisationId(), filter.localityId(),
        filter.kind(), LISTED);
    long readyTotal = plans.size() < LISTED ? plans.size()
        : store.readyCount(user.alliance(), day, filter.organisationId(), filter.localityId(), filter.kind());
    for (ReadyPlan plan : plans) {
      if (people.mayOpen(user, plan.personId())) {
        listed.add(new ReadyToMove(plan.personId(), plan.name(), plan.fromService(), plan.toService(),
            plan.readySince(), ChronoUnit.DAYS.between(plan.readySince(), day),
            vacancies.containsKey(plan.toServiceId()) && vacancies.get(plan.toServiceId()) == 0));
      } else {
        hidden++;
      }
    }
    audit.record(user, user.alliance(), AuditAction.VIEW, "Capacity board", null, null, "Capacity board on "
        + day.format(DAY) + ", " + filter.weeks() + " weeks ahead: " + listed.size() + " people named");
    return new Board(filter, rows, total, listed, hidden, readyTotal);
  }

  private static BoardRow row(ServiceRecord service, @Nullable Occupancy occupancy, @Nullable PlanCount in,
      @Nullable PlanCount out, LocalDate day) {
    long capacity = service.capacity() == null ? 0 : service.capacity();
    long occupied = occupancy == null ? 0 : occupancy.occupied();
    long vacant = Math.max(0, capacity - occupied);
    long waiting = in == null ? 0 : in.people();
    long delayed = vacant == 0 ? waiting : 0;
    Long longest = delayed > 0 && in.earliestReady() != null
        ? ChronoUnit.DAYS.between(in.earliestReady(), day) : null;
    return new BoardRow(service.id(), service.name(), service.kind(), service.organisationName(),
        service.localityName(), capacity, service.capacityUnit() == null ? "" : service.capacityUnit().label(),
        occupied, vacant, Math.max(0, occupied - capacity), occupancy == null ? 0 : occupancy.expectedVacancies(),
        out == null ? 0 : out.people(), waiting, delayed, longest);
  }

  private static BoardRow total(List<BoardRow> rows, BoardFilter filter) {
    Long longest = rows.stream().map(BoardRow::longestDelayDays).filter(d -> d != null)
        .max(Long::compare).orElse(null);
    return new BoardRow(null, filter.filtered() ? "Total of the services shown" : "Whole alliance", null, null,
        null, rows.stream().mapToLong(BoardRow::capacity).sum(), "",
        rows.stream().mapToLong(BoardRow::occupied).sum(), rows.stream().mapToLong(BoardRow::vacantNow).sum(),
        rows.stream().mapToLong(BoardRow::overCapacity).sum(),
        rows.stream().mapToLong(BoardRow::expectedVacancies).sum(),
        rows.stream().mapToLong(BoardRow::readyToMoveOut).sum(),
        rows.stream().mapToLong(BoardRow::waitingToMoveIn).sum(),
        rows.stream().mapToLong(BoardRow::delayedMoves).sum(), longest);
  }

  private static boolean matches(ServiceRecord service, BoardFilter filter) {
    return (filter.organisationId() == null || filter.organisationId().equals(service.organisationId()))
        && (filter.localityId() == null || filter.localityId().equals(service.localityId()))
        && (filter.kind() == null || filter.kind() == service.kind());
  }
}
