package org.bridgeway.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.internal.WaitingStore;
import org.bridgeway.referrals.internal.WaitingStore.Wait;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is waiting for what, since when, and the waiting-time figures. The figures are counted per service asked
 * for (a referral asking for two services counts under both; one for the panel to decide counts under "The
 * panel to decide"), and once for all referrals. They are aggregates, so they show no names and are the same
 * for every reader.
 */
@Service
public class Waiting {

  public static final String ALL = "All referrals";
  public static final String PANEL = "The panel to decide";
  static final int LIST_LIMIT = 500;

  private final ReferralLists lists;
  private final WaitingStore store;
  private final Clock clock;

  Waiting(ReferralLists lists, WaitingStore store, Clock clock) {
    this.lists = lists;
    this.store = store;
    this.clock = clock;
  }

  /** Referrals received and not yet decided, most urgent first, then longest waiting. */
  @Transactional
  public Paged<ReferralSummary> undecided(CurrentUser user, int page, int size) {
    return lists.page(user, List.of(ReferralStatus.RECEIVED, ReferralStatus.MORE_INFORMATION_REQUESTED,
        ReferralStatus.AWAITING_PANEL), page, size);
  }

  /** People on a service's waiting list now, by service, longest waiting first. */
  public List<WaitingListPlace> onWaitingLists(CurrentUser user) {
    return store.waitingLists(user.alliance(), lists.viewer(user), LIST_LIMIT);
  }

  /** The default period: the three months ending today. */
  public LocalDate[] defaultPeriod() {
    LocalDate today = LocalDate.now(clock);
    return new LocalDate[] {today.minusMonths(3).plusDays(1), today};
  }

  /**
   * The figures for the period, both ends included: all referrals first, then each service by name; only the
   * one service when {@code service} is given.
   */
  public List<WaitingFigures> figures(UUID alliance, LocalDate from, LocalDate to, @Nullable UUID service) {
    if (to.isBefore(from)) {
      throw new Refused("to", "The end of the period must be on or after its start");
    }
    List<Wait> toDecision = store.toDecision(alliance, from, to);
    List<Wait> toContact = store.toFirstContact(alliance, from, to);
    List<WaitingFigures> figures = new ArrayList<>();
    if (service == null) {
      figures.add(new WaitingFigures(null, ALL, WaitingTimes.of(perReferral(toDecision)),
          WaitingTimes.of(perReferral(toContact))));
    }
    Map<String, UUID> services = new java.util.TreeMap<>();
    for (Wait wait : concat(toDecision, toContact)) {
      services.putIfAbsent(wait.service() == null ? PANEL : wait.service(), wait.serviceId());
    }
    services.forEach((name, id) -> {
      if (service == null || service.equals(id)) {
        figures.add(new WaitingFigures(id, name, WaitingTimes.of(days(toDecision, id)),
            WaitingTimes.of(days(toContact, id))));
      }
    });
    return figures;
  }

  private static List<Long> perReferral(List<Wait> waits) {
    Map<UUID, Long> once = waits.stream().collect(Collectors.toMap(Wait::referralId, Wait::days, (a, b) -> a,
        LinkedHashMap::new));
    return new ArrayList<>(once.values());
  }

  private static List<Long> days(List<Wait> waits, @Nullable UUID service) {
    return waits.stream().filter(w -> java.util.Objects.equals(w.serviceId(), service)).map(Wait::days).toList();
  }

  private static List<Wait> concat(List<Wait> a, List<Wait> b) {
    List<Wait> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
