package org.bridgeway.exports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.dayservices.DayServiceFigures;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.StaySpan;
import org.bridgeway.pathway.StaySpans;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.referrals.ReferralLists;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.ReferralSummary;
import org.bridgeway.shared.Paged;
import org.bridgeway.work.PersonWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MHSDS extract for a month. The people in it are those with a stay covering a day of the month, a contact or
 * an attended session in it, or a referral open in it (received by the month's end and not signposted or declined
 * before it began), and whose record the caller may open: an administrator sees everyone, a manager the people
 * their organisation works with. Each person's record, stays, notes, attendance and work are read through their
 * modules, which audit each read; the extract itself is audited as a download.
 */
@Service
public class MhsdsExtracts {

  private static final int BATCH = 500;

  private final People people;
  private final Stays stays;
  private final StaySpans spans;
  private final Notes notes;
  private final DayServices dayServices;
  private final DayServiceFigures dayFigures;
  private final PersonWork work;
  private final ReferralLists referrals;
  private final AuditTrail audit;

  MhsdsExtracts(People people, Stays stays, StaySpans spans, Notes notes, DayServices dayServices,
      DayServiceFigures dayFigures, PersonWork work, ReferralLists referrals, AuditTrail audit) {
    this.people = people;
    this.stays = stays;
    this.spans = spans;
    this.notes = notes;
    this.dayServices = dayServices;
    this.dayFigures = dayFigures;
    this.work = work;
    this.referrals = referrals;
    this.audit = audit;
  }

  /** The months offered: the last full month first, back three years. */
  public List<YearMonth> months() {
    YearMonth last = YearMonth.from(stays.today()).minusMonths(1);
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      months.add(last.minusMonths(i));
    }
    return months;
  }

  @Transactional
  public MhsdsMonth extract(CurrentUser user, YearMonth month) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    Map<UUID, List<ReferralSummary>> referralsByPerson = referralsOpenIn(user, from, to);
    Set<UUID> inScope = new HashSet<>(referralsByPerson.keySet());
    spans.overlapping(user.alliance(), from, to).stream().map(StaySpan::personId).forEach(inScope::add);
    inScope.addAll(notes.contactsBetween(user.alliance(), from, to).keySet());
    inScope.addAll(dayFigures.attendedBetween(user.alliance(), from, to).keySet());
    MhsdsRows rows = new MhsdsRows(from, to, sessions(user));
    inScope.stream().filter(id -> people.mayOpen(user, id))
        .map(id -> people.read(user, id))
        .sorted(Comparator.comparing(p -> p.localId()))
        .forEach(person -> rows.add(person, referralsByPerson.getOrDefault(person.id(), List.of()),
            stays.ofPerson(user, person.id()), notesIn(user, person.id(), from),
            dayServices.attendedBy(user, person.id()), work.of(user, person.id()).statuses()));
    MhsdsMonth extract = rows.month(month);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "MHSDS extract", null, null,
        "MHSDS extract for " + month + ": " + extract.people() + " people");
    return extract;
  }

  private Map<UUID, List<ReferralSummary>> referralsOpenIn(CurrentUser user, LocalDate from, LocalDate to) {
    Map<UUID, List<ReferralSummary>> byPerson = new HashMap<>();
    Paged<ReferralSummary> page;
    int number = 0;
    do {
      page = referrals.page(user, List.of(ReferralStatus.values()), number++, BATCH);
      for (ReferralSummary referral : page.items()) {
        boolean closedBefore = referral.status().closed() && referral.decidedOn() != null
            && referral.decidedOn().isBefore(from);
        if (!referral.receivedOn().isAfter(to) && !closedBefore) {
          byPerson.computeIfAbsent(referral.personId(), k -> new ArrayList<>()).add(referral);
        }
      }
    } while (page.hasNext());
    return byPerson;
  }

  /** The person's notes from the month's first day on, newest first; the timeline is read until it is older. */
  private List<Note> notesIn(CurrentUser user, UUID personId, LocalDate from) {
    List<Note> found = new ArrayList<>();
    Paged<Note> page;
    int number = 0;
    do {
      page = notes.timeline(user, personId, NoteFilter.ALL, number++);
      page.items().stream().filter(n -> !n.contactDate().isBefore(from)).forEach(found::add);
    } while (page.hasNext() && page.items().stream().noneMatch(n -> n.contactDate().isBefore(from)));
    return found;
  }

  private Map<UUID, DaySession> sessions(CurrentUser user) {
    Map<UUID, DaySession> byId = new HashMap<>();
    for (ServiceRecord service : dayServices.services(user)) {
      dayServices.sessions(user, service.id()).forEach(s -> byId.put(s.id(), s));
    }
    return byId;
  }
}
