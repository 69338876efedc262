package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.NotesBulkWriter;
import org.bridgeway.notes.NotesBulkWriter.PastNote;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.springframework.stereotype.Component;

/**
 * Two years of notes for the people on the demo worker's and panel member's care teams: a contact every few
 * weeks, mostly by the worker, some by the panel's member of staff; now and then a missed appointment, a note
 * not shared, a restricted one, an amended one and a voided one. The featured person (the {@code -person}
 * account) also has entries of their own and comments on notes shared with them.
 */
@Component
class DemoNotes {

  private static final int PEOPLE = DemoCareTeams.CASELOAD + 10;
  private static final String[] CONTACTS = {
      "Met at home. Talked about how the week has gone and planned the shopping for the weekend.",
      "Phoned to check in after the review. Feeling more settled; sleeping better since the change of tablets.",
      "Went together to the GP for the annual health check. Blood pressure taken; bloods booked for next week.",
      "Walked to the community centre and looked at the timetable of groups. Keen to try the Thursday art group.",
      "Talked through the letter from the housing team. Agreed to ring them together on Monday.",
      "Cooked lunch together and talked about budgeting for the month. Has put money aside for a new coat.",
      "Video call: a hard week, hearing voices more at night. Went through the crisis plan; knows who to call.",
      "Group session on confidence building. Joined in the second half and stayed for tea afterwards.",
      "Visited the college open day to look at the catering course. Wants to apply for September."};
  private static final String[] OWN_ENTRIES = {
      "I had a good week. I went to dominoes on Thursday and won twice.",
      "I want to talk about seeing my son more often. Can we put it in my plan?",
      "I did not like the new tablets at first but I am getting used to them."};
  private static final String[] COMMENTS = {
      "Yes, that is right. Thank you for coming with me.",
      "I think it went better than this says. I was nervous but I did it."};

  private final NotesBulkWriter writer;
  private final Staff staff;

  DemoNotes(NotesBulkWriter writer, Staff staff) {
    this.writer = writer;
    this.staff = staff;
  }

  long write(UUID alliance, DemoAlliance blueprint, long seed, LocalDate today, Map<String, UUID> featuredStaff,
      long peopleWritten) {
    List<NewPerson> people = new ArrayList<>();
    new SyntheticPeople(blueprint.area(), seed, Math.min(peopleWritten, PEOPLE), today, blueprint::featured)
        .forEachRemaining(people::add);
    StaffMember worker = staff.get(alliance, featuredStaff.get("worker"));
    StaffMember panel = staff.get(alliance, featuredStaff.get("panel"));
    SplittableRandom random = new SplittableRandom(seed ^ 0x6e6f746573L);
    List<PastNote> notes = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      NewPerson person = people.get(p);
      String name = displayName(person);
      int n = 0;
      for (LocalDate day = today.minusYears(2).plusDays(random.nextInt(21)); day.isBefore(today);
          day = day.plusDays(10 + random.nextInt(25)), n++) {
        StaffMember author = n % 4 == 3 ? panel : worker;
        notes.add(contact(person, name, author, day, n, random, p == 0));
      }
      if (p == 0) {
        for (int e = 0; e < OWN_ENTRIES.length; e++) {
          notes.add(new PastNote(person.id(), new NewNote(ContactKind.PERSON_ENTRY, today.minusDays(40L - 15L * e),
              null, OWN_ENTRIES[e], true, null, false), "demo", name, null, null, null, null, null, name));
        }
      }
    }
    return writer.write(alliance, notes, today);
  }

  private static PastNote contact(NewPerson person, String name, StaffMember author, LocalDate day, int n,
      SplittableRandom random, boolean featured) {
    ContactKind kind = n % 11 == 7 ? ContactKind.DID_NOT_ATTEND
        : List.of(ContactKind.FACE_TO_FACE, ContactKind.FACE_TO_FACE, ContactKind.PHONE, ContactKind.VIDEO,
            ContactKind.GROUP, ContactKind.OUTREACH).get(random.nextInt(6));
    String text = kind == ContactKind.DID_NOT_ATTEND
        ? "Not in when I called at the agreed time. Left a card and will phone tomorrow."
        : CONTACTS[random.nextInt(CONTACTS.length)];
    boolean restricted = n % 17 == 5;
    boolean notShared = !restricted && n % 13 == 4;
    String body = restricted ? "Safeguarding: concern raised by a neighbour about money being taken. Discussed with "
        + "the safeguarding lead; the team will follow it up." : text;
    NewNote note = new NewNote(kind, day, kind.hasDuration() ? 15 + 5 * random.nextInt(12) : null, body,
        !notShared, notShared ? "Includes information from a family member given in confidence" : null, restricted);
    boolean amended = n % 9 == 2;
    String voidReason = n % 23 == 10 ? "Written on the wrong person's record" : null;
    String comment = featured && !restricted && !notShared && voidReason == null && n % 6 == 1
        ? COMMENTS[n % COMMENTS.length] : null;
    return new PastNote(person.id(), note, "demo", author.fullName(), author.organisationId(),
        amended ? body.substring(0, body.indexOf('.') + 1) : null, amended ? "Added the rest of the visit" : null,
        voidReason, comment, name);
  }

  private static String displayName(NewPerson person) {
    String preferred = person.details().preferredName();
    return (preferred == null || preferred.isBlank() ? person.details().givenName() : preferred) + " "
        + person.details().familyName();
  }
}
