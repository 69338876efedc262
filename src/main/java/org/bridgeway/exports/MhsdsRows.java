package org.bridgeway.exports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bridgeway.dayservices.Attended;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.Note;
import org.bridgeway.pathway.Stay;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.referrals.ReferralSummary;
import org.bridgeway.work.StatusOnADay;
import org.bridgeway.work.VocationalStatus;
import org.jspecify.annotations.Nullable;

/**
 * The rows of each MHSDS table, person by person. Dates are written yyyy-mm-dd. A stay is in the month when it
 * covers one of its days; a hospital spell's discharge date is the stay's end date (the day the person left), and
 * an accommodation's end date is the last day the stay covered. Contacts that took place are attended (5), missed
 * ones did not attend (3); group sessions count the people of the extract marked present.
 */
final class MhsdsRows {

  /** The team type every referral is to: the alliance is a community rehabilitation service. */
  static final String TEAM_TYPE = "A09";

  private final LocalDate from;
  private final LocalDate to;
  private final Map<UUID, DaySession> sessions;
  private final List<List<String>> persons = new ArrayList<>();
  private final List<List<String>> referrals = new ArrayList<>();
  private final List<List<String>> contacts = new ArrayList<>();
  private final Map<String, List<String>> groups = new TreeMap<>();
  private final Map<String, Integer> groupCounts = new TreeMap<>();
  private final List<List<String>> dropIns = new ArrayList<>();
  private final List<List<String>> spells = new ArrayList<>();
  private final List<List<String>> accommodation = new ArrayList<>();
  private final List<List<String>> employment = new ArrayList<>();

  MhsdsRows(LocalDate from, LocalDate to, Map<UUID, DaySession> sessions) {
    this.from = from;
    this.to = to;
    this.sessions = sessions;
  }

  void add(PersonRecord person, List<ReferralSummary> referralsOf, List<Stay> stays, List<Note> notes,
      List<Attended> attended, List<VocationalStatus> statuses) {
    String local = person.localId();
    persons.add(List.of(local, text(person.details().nhsNumber()), person.dateOfBirth().toString(),
        text(person.details().postcode()), text(person.details().gender()), text(person.details().ethnicity())));
    referralsOf.stream().sorted(Comparator.comparing(ReferralSummary::receivedOn)).forEach(r -> referrals.add(List.of(
        r.id().toString(), local, r.receivedOn().toString(), TEAM_TYPE, r.source().label(), r.status().label(),
        r.status().closed() && r.decidedOn() != null ? r.decidedOn().toString() : "")));
    notes.stream().filter(n -> !n.voided() && inMonth(n.contactDate()) && mechanism(n.kind()) != null)
        .sorted(Comparator.comparing(Note::contactDate)).forEach(n -> contacts.add(List.of(n.id().toString(), local,
            n.contactDate().toString(), n.durationMinutes() == null ? "" : n.durationMinutes().toString(),
            text(mechanism(n.kind())), n.kind() == ContactKind.DID_NOT_ATTEND ? "3" : "5")));
    attended.stream().filter(a -> a.present() && inMonth(a.date()) && sessions.containsKey(a.sessionId()))
        .sorted(Comparator.comparing(Attended::date)).forEach(a -> attendance(local, a, sessions.get(a.sessionId())));
    stays.stream().filter(this::inMonth).sorted(Comparator.comparing(Stay::startDate)).forEach(s -> stay(local, s));
    statuses.stream().filter(s -> !s.voided()).filter(s -> inMonth(s.date())
            || StatusOnADay.of(statuses, from).map(VocationalStatus::id).filter(s.id()::equals).isPresent())
        .sorted(Comparator.comparing(VocationalStatus::date)).forEach(s -> employment.add(List.of(s.id().toString(),
            local, s.status().code(), s.date().toString())));
  }

  private void attendance(String local, Attended a, DaySession session) {
    String id = session.id() + ":" + a.date();
    if (session.kind() == SessionKind.DROP_IN) {
      dropIns.add(List.of(id + ":" + local, local, a.date().toString(), session.serviceName(), session.title()));
      return;
    }
    String key = a.date() + ":" + session.id();
    groups.put(key, List.of(id, a.date().toString(), session.serviceName(), session.title(), session.kind().label()));
    groupCounts.merge(key, 1, Integer::sum);
  }

  private void stay(String local, Stay s) {
    if (Accommodation.hospital(s.serviceKind())) {
      spells.add(List.of(s.id().toString(), local, s.startDate().toString(),
          s.endDate() == null ? "" : s.endDate().toString(), s.serviceName(), s.serviceKind().label()));
    }
    Accommodation.code(s.serviceKind()).ifPresent(code -> accommodation.add(List.of(s.id().toString(), local, code,
        s.startDate().toString(), s.startDate().toString(), lastDay(s), s.serviceKind().label())));
  }

  MhsdsMonth month(YearMonth month) {
    List<List<String>> groupRows = new ArrayList<>();
    groups.forEach((key, row) -> {
      List<String> full = new ArrayList<>(row);
      full.add(String.valueOf(groupCounts.get(key)));
      groupRows.add(List.copyOf(full));
    });
    return new MhsdsMonth(month, persons.size(), List.of(
        new MhsdsTable("MHS001MPI", List.of("LocalPatientId", "NHSNumber", "PersonBirthDate", "Postcode",
            "GenderIDCode", "EthnicCategory"), persons),
        new MhsdsTable("MHS003AccommStatus", List.of("AccommodationStatusId", "LocalPatientId", "AccommodationType",
            "AccommodationTypeDate", "AccommodationTypeStartDate", "AccommodationTypeEndDate", "BridgewaySetting"),
            accommodation),
        new MhsdsTable("MHS004EmpStatus", List.of("EmpStatusId", "LocalPatientId", "EmployStatus",
            "EmployStatusRecDate"), employment),
        new MhsdsTable("MHS101Referral", List.of("ServiceRequestId", "LocalPatientId", "ReferralRequestReceivedDate",
            "ServTeamTypeRefToMH", "BridgewayReferralSource", "BridgewayReferralStatus", "ReferRejectionDate"),
            referrals),
        new MhsdsTable("MHS201CareContact", List.of("CareContactId", "LocalPatientId", "CareContDate",
            "ClinContDurOfCareCont", "ConsMechanismMH", "AttendOrDNACode"), contacts),
        new MhsdsTable("MHS301GroupSession", List.of("GroupSessId", "GroupSessDate", "ServiceName",
            "GroupSessTitle", "BridgewaySessionKind", "NumberOfGroupSessParticip"), groupRows),
        new MhsdsTable("MHS302MHDropInContact", List.of("MHDropInContactId", "LocalPatientId",
            "MHDropInContactDate", "ServiceName", "SessionTitle"), dropIns),
        new MhsdsTable("MHS501HospProvSpell", List.of("HospProvSpellId", "LocalPatientId",
            "StartDateHospProvSpell", "DischDateHospProvSpell", "WardName", "BridgewaySetting"), spells)));
  }

  /** Consultation mechanism: 01 face to face (outreach and groups are met in person), 02 telephone, 11 video. */
  static @Nullable String mechanism(ContactKind kind) {
    return switch (kind) {
      case FACE_TO_FACE, OUTREACH, GROUP -> "01";
      case PHONE -> "02";
      case VIDEO -> "11";
      case DID_NOT_ATTEND -> "";
      case NOTE, PERSON_ENTRY -> null;
    };
  }

  private boolean inMonth(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private boolean inMonth(Stay stay) {
    return stay.overlaps(from, to.plusDays(1));
  }

  private static String lastDay(Stay s) {
    if (s.endDate() == null) {
      return "";
    }
    LocalDate last = s.endDate().minusDays(1);
    return (last.isBefore(s.startDate()) ? s.startDate() : last).toString();
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
