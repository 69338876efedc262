package org.bridgeway.referrals.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bridgeway.referrals.PanelAction;
import org.bridgeway.referrals.PanelAttendee;
import org.bridgeway.referrals.PanelDecisionRecord;
import org.bridgeway.referrals.PanelMeeting;
import org.bridgeway.referrals.PanelMeetingView;

/** The minutes of a panel meeting: who was present, each referral discussed with its decision and actions. */
record Minutes(PanelMeeting meeting, String title, List<PanelAttendee> present, List<Item> items,
    List<PanelAction> otherActions) {

  /** A referral discussed: the decision, its reasons, and the actions agreed about it. */
  record Item(PanelDecisionRecord decision, List<PanelAction> actions) {}

  static Minutes of(PanelMeetingView view) {
    PanelMeeting meeting = view.meeting();
    String title = "Minutes of the referrals panel, "
        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(meeting.meetsOn());
    List<Item> items = view.decisions().stream()
        .map(d -> new Item(d, view.actions().stream().filter(a -> d.referralId().equals(a.referralId())).toList()))
        .toList();
    List<PanelAction> others = view.actions().stream()
        .filter(a -> a.referralId() == null
            || view.decisions().stream().noneMatch(d -> Objects.equals(d.referralId(), a.referralId())))
        .toList();
    return new Minutes(meeting, title, view.attendees(), items, others);
  }
}
