package org.bridgeway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Locality;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.governance.ActionDetails;
import org.bridgeway.governance.AttendeeKind;
import org.bridgeway.governance.Closing;
import org.bridgeway.governance.GovernanceBulkWriter;
import org.bridgeway.governance.GovernanceBulkWriter.PastAction;
import org.bridgeway.governance.GovernanceBulkWriter.PastIssue;
import org.bridgeway.governance.GovernanceBulkWriter.PastMeeting;
import org.bridgeway.governance.MeetingDetails;
import org.bridgeway.governance.NewAttendee;
import org.bridgeway.governance.NewIssue;
import org.springframework.stereotype.Component;

/**
 * The service-user forum of each alliance: a meeting on the first Tuesday of every month for three years, with
 * people who use services (a few linked to their records, the rest by initials) and staff, one to three issues
 * each, and an action for each issue. Most actions were closed with what we did; the latest are open, and a few
 * older ones are overdue. The alliance's initiatives come from {@link DemoInitiatives}.
 */
@Component
class DemoGovernance {

  static final int MONTHS = 36;

  /** What people said, what we would do, and what we did. */
  private static final String[][] ISSUES = {
      {"The drop-in closes too early for people who work", "Look at opening one evening a week",
          "The drop-in now opens until 8pm on Thursdays"},
      {"Bus fares to the day centre are hard to afford", "Ask the council about travel passes",
          "Everyone who comes regularly can now get a free bus pass through their key worker"},
      {"We don't know who to call at night when things get bad", "Print the out-of-hours numbers on a card",
          "Wallet cards with the crisis line and night numbers were given out at every service"},
      {"The kitchen at the house is locked in the evening", "Review the kitchen rules with residents",
          "Residents agreed new rules with staff: the kitchen stays open until 11pm"},
      {"People want to help interview new staff", "Invite forum members onto recruitment panels",
          "Two forum members now sit on every interview panel for support workers"},
      {"The waiting room at the clinic feels unwelcoming", "Ask members what would help, then redecorate",
          "The waiting room was repainted, with art by members, and has free tea and coffee"},
      {"Letters from services are hard to understand", "Rewrite the standard letters in plain English with members",
          "Members and staff rewrote the appointment letters; they are now one page in plain English"},
      {"There is nothing to do at weekends", "Find a weekend activity members would like",
          "A Saturday walking group started, led by a peer volunteer"},
      {"We want more say in our support plans", "Offer everyone a copy of their plan and time to go through it",
          "Everyone is now offered a copy of their plan and a review meeting at a time they choose"},
      {"The Wi-Fi at the supported flats doesn't work", "Ask the landlord to fix the Wi-Fi",
          "The landlord put in new Wi-Fi in all the flats"},
      {"It is hard to find out about volunteering", "Share volunteering opportunities in the newsletter",
          "Volunteering opportunities are now in the monthly newsletter and on every noticeboard"},
      {"Peer support workers leave and no one replaces them", "Raise it with the alliance board",
          "The board agreed to keep the peer support posts filled and advertised both vacancies"},
      {"Staff change too often and we have to tell our story again", "Agree a handover the person takes part in",
          "When a key worker changes, the old and new worker now meet the person together"},
      {"There is not enough healthy food at the lunch club", "Work with the cook on a new menu",
          "A new menu with fresh fruit and a vegetarian choice every day was agreed with members"},
      {"Members want training to become peer workers", "Ask the college about a peer support course",
          "Eight members started the Recovery College peer support course"}};
  private static final String[] CHAIRS = {"Marcia", "Dave", "Yusuf", "Joan", "Kwame", "Siobhan"};
  private static final String[] LEEDS_PLACES = {"Armley drop-in", "Chapeltown community centre",
      "Civic Hall committee room"};
  private static final String[] LAMBETH_PLACES = {"Brixton hub", "Stockwell community centre",
      "Lambeth Town Hall"};
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTW";

  private final GovernanceBulkWriter writer;
  private final Staff staff;
  private final Localities localities;

  DemoGovernance(GovernanceBulkWriter writer, Staff staff, Localities localities) {
    this.writer = writer;
    this.staff = staff;
    this.localities = localities;
  }

  /** Writes the forum and the initiatives; returns how many actions. */
  int write(UUID alliance, boolean leeds, List<UUID> people, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x666f72756dL);
    List<StaffMember> workers = staff.page(alliance, 0, 500).items();
    List<PastMeeting> meetings = new ArrayList<>();
    int actions = 0;
    for (int month = MONTHS; month >= 1; month--) {
      LocalDate heldOn = today.minusMonths(month).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
      PastMeeting meeting = meeting(random, heldOn, leeds, people, workers, today);
      actions += meeting.issues().size();
      meetings.add(meeting);
    }
    List<Locality> places = localities.all(alliance);
    writer.write(alliance, meetings, leeds ? DemoInitiatives.leeds(places) : DemoInitiatives.lambeth(places), today,
        "demo");
    return actions;
  }

  private static PastMeeting meeting(SplittableRandom random, LocalDate heldOn, boolean leeds, List<UUID> people,
      List<StaffMember> workers, LocalDate today) {
    String[] places = leeds ? LEEDS_PLACES : LAMBETH_PLACES;
    MeetingDetails details = new MeetingDetails(heldOn, places[random.nextInt(places.length)],
        CHAIRS[random.nextInt(CHAIRS.length)], random.nextInt(3) == 0 ? "A lively meeting; tea and biscuits by the "
            + "peer volunteers." : null);
    List<NewAttendee> attendees = new ArrayList<>();
    int came = 4 + random.nextInt(7);
    for (int n = 0; n < came; n++) {
      UUID person = !people.isEmpty() && random.nextInt(3) == 0 ? people.get(random.nextInt(people.size())) : null;
      attendees.add(new NewAttendee(AttendeeKind.PERSON, person, null, initials(random)));
    }
    for (int n = 0; n < 2 + random.nextInt(2) && !workers.isEmpty(); n++) {
      StaffMember worker = workers.get(random.nextInt(workers.size()));
      attendees.add(new NewAttendee(AttendeeKind.STAFF, null, worker.id(), worker.fullName()));
    }
    List<PastIssue> issues = new ArrayList<>();
    int raised = 1 + random.nextInt(3);
    for (int n = 0; n < raised && !workers.isEmpty(); n++) {
      String[] issue = ISSUES[random.nextInt(ISSUES.length)];
      LocalDate due = heldOn.plusWeeks(4 + random.nextInt(5));
      UUID owner = workers.get(random.nextInt(Math.min(workers.size(), 20))).id();
      issues.add(new PastIssue(UUID.randomUUID(), new NewIssue(issue[0], random.nextInt(2) == 0 ? "A member"
          : initials(random)), List.of(new PastAction(UUID.randomUUID(), new ActionDetails(issue[1], owner, due),
          closing(random, heldOn, due, today, issue[2])))));
    }
    return new PastMeeting(UUID.randomUUID(), details, attendees, issues);
  }

  /**
   * Closed on a day between a week after the meeting and a week after it was due, if that day has passed; one in
   * ten stays open, and so becomes overdue.
   */
  private static Closing closing(SplittableRandom random, LocalDate heldOn, LocalDate due, LocalDate today,
      String weDid) {
    if (random.nextInt(10) == 0) {
      return null;
    }
    LocalDate closed = heldOn.plusDays(7 + random.nextInt((int) (due.toEpochDay() - heldOn.toEpochDay()) + 8));
    return closed.isBefore(today) ? new Closing(closed, weDid) : null;
  }

  private static String initials(SplittableRandom random) {
    return LETTERS.charAt(random.nextInt(LETTERS.length())) + "." + (random.nextBoolean() ? ""
        : LETTERS.charAt(random.nextInt(LETTERS.length())) + ".");
  }
}
