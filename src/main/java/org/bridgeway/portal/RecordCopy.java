package org.bridgeway.portal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeam;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.TeamMember;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.portal.internal.CopyReadme;
import org.bridgeway.portal.internal.CopyZip;
import org.bridgeway.referrals.ReferralLists;
import org.bridgeway.referrals.ReferralSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access copy: everything held about the signed-in person that they may see, as a zip of readable
 * files written straight to the response ({@code README.txt} says what each holds). Notes not shared with
 * them and restricted notes are not in it, as they are not in their notes; the README says that some
 * information may be withheld and how to ask for more. Asking for the copy is audited before it is written.
 */
@Service
public class RecordCopy {

  static final String SUBJECT = "RecordCopy";

  private final People people;
  private final Stays stays;
  private final Moves moves;
  private final CareTeams careTeams;
  private final MyNotes notes;
  private final ReferralLists referrals;
  private final AccessLog accessLog;
  private final AuditTrail audit;
  private final List<CopyPart> parts;
  private final Clock clock;

  RecordCopy(People people, Stays stays, Moves moves, CareTeams careTeams, MyNotes notes, ReferralLists referrals,
      AccessLog accessLog, AuditTrail audit, List<CopyPart> parts, Clock clock) {
    this.people = people;
    this.stays = stays;
    this.moves = moves;
    this.careTeams = careTeams;
    this.notes = notes;
    this.referrals = referrals;
    this.accessLog = accessLog;
    this.audit = audit;
    this.parts = parts.stream().sorted(java.util.Comparator.comparing(CopyPart::fileName)).toList();
    this.clock = clock;
  }

  /** Records that the person asked for a copy, and names the file: "my-record-2026-05-10.zip". */
  @Transactional
  public String asked(CurrentUser user) {
    UUID me = Me.of(user);
    audit.record(user, user.alliance(), AuditAction.EXPORT, SUBJECT, me, me, "A copy of their record");
    return "my-record-" + LocalDate.now(clock) + ".zip";
  }

  /** Writes the copy as a zip to the stream. */
  @Transactional
  public void write(CurrentUser user, OutputStream out) {
    UUID me = Me.of(user);
    PersonRecord person = people.read(user, me);
    try (CopyZip zip = new CopyZip(out)) {
      zip.file("README.txt");
      CopyReadme.lines(person.displayName(), String.valueOf(user.allianceName()),
          PlainWords.day(LocalDate.now(clock)), parts.stream()
              .map(part -> new CopyReadme.Part(part.fileName(), part.about())).toList()).forEach(zip::line);
      AboutMe.write(zip.file("about-me.txt"), person);
      stays(zip.file("stays.csv"), stays.ofPerson(user, me));
      List<MovePlan> plans = moves.ofPerson(user, me);
      plans(zip.file("move-plans.csv"), plans);
      visits(zip.file("move-visits.csv"), plans);
      team(zip.file("team.csv"), careTeams.team(user, me));
      NotesText.write(zip.file("notes.txt"), notes, user);
      referrals(zip.file("referrals.csv"), referrals.aboutMe(user));
      zip.file("access-log.csv").row(List.of("when", "who", "role", "organisation", "what"));
      accessLog.each(user, e -> zip.row(Arrays.asList(e.when(), e.who(), e.role(), e.organisation(),
          e.what())));
      for (CopyPart part : parts) {
        zip.file(part.fileName());
        part.rows(user).forEach(zip::row);
      }
    }
  }

  private static void stays(CopyZip zip, List<Stay> stays) {
    zip.row(List.of("place", "kind of place", "from", "until", "why it ended", "where you went"));
    for (Stay s : stays) {
      zip.row(Arrays.asList(s.serviceName(), PlainWords.place(s.serviceKind()), s.startDate(),
          s.endDate(), s.endReason() == null ? null : s.endReason().label(), s.destination()));
    }
  }

  private static void plans(CopyZip zip, List<MovePlan> plans) {
    zip.row(List.of("from", "to", "date aimed for", "ready", "ready since", "status", "moved on",
        "why cancelled"));
    for (MovePlan p : plans) {
      zip.row(Arrays.asList(p.fromText(), p.toServiceName(), p.targetDate(), p.readiness().label(),
          p.readySince(), p.status().label(), p.movedOn(), p.cancelReason()));
    }
  }

  private static void visits(CopyZip zip, List<MovePlan> plans) {
    zip.row(List.of("move to", "date", "kind", "with whom", "notes", "taken back because"));
    for (MovePlan p : plans) {
      p.visits().forEach(v -> zip.row(Arrays.asList(p.toServiceName(), v.visitDate(), v.kind().label(),
          v.withWhom(), v.notes(), v.voidReason())));
    }
  }

  private static void team(CopyZip zip, CareTeam team) {
    zip.row(List.of("name", "role", "key worker", "organisation", "from", "until", "why they left"));
    List<TeamMember> everyone = new ArrayList<>(team.current());
    everyone.addAll(team.past());
    for (TeamMember m : everyone) {
      zip.row(Arrays.asList(m.staffName(), m.role().label(), m.keyWorker() ? "yes" : "no",
          m.organisationName(), m.startDate(), m.endDate(), m.endReason()));
    }
  }

  private static void referrals(CopyZip zip, List<ReferralSummary> referrals) {
    zip.row(List.of("received", "from", "asked for", "urgency", "status", "why", "decided", "first contact"));
    for (ReferralSummary r : referrals) {
      zip.row(Arrays.asList(r.receivedOn(), r.referrerName(), r.askedFor(), r.urgency().label(),
          r.status().label(), r.statusReason(), r.decidedOn(), r.firstContactOn()));
    }
  }
}
