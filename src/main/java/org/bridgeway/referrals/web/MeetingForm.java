package org.bridgeway.referrals.web;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.referrals.NewPanelMeeting;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The form to schedule a panel meeting, as typed. */
record MeetingForm(@Nullable String meetsOnDay, @Nullable String meetsOnMonth, @Nullable String meetsOnYear,
    @Nullable String startsAt, @Nullable String location, @Nullable String chair) {

  static MeetingForm blank() {
    return new MeetingForm(null, null, null, "10:00", null, null);
  }

  NewPanelMeeting meeting(java.time.LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    NewPanelMeeting meeting = new NewPanelMeeting(
        PanelForms.date(problems, "meetsOn", meetsOnDay, meetsOnMonth, meetsOnYear),
        PanelForms.time(problems, "startsAt", startsAt), location, chair);
    PanelForms.unreadable(problems, meeting.problems(today));
    return meeting;
  }
}
