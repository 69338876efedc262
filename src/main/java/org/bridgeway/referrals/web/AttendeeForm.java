package org.bridgeway.referrals.web;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.referrals.NewAttendee;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The form to record someone present at a panel. */
record AttendeeForm(@Nullable String name, @Nullable String organisationId, @Nullable String staffId) {

  static AttendeeForm blank() {
    return new AttendeeForm(null, null, null);
  }

  NewAttendee attendee() {
    List<FieldProblem> problems = new ArrayList<>();
    NewAttendee attendee = new NewAttendee(name, PanelForms.id(problems, "organisationId", organisationId),
        PanelForms.id(problems, "staffId", staffId));
    PanelForms.unreadable(problems, attendee.problems());
    return attendee;
  }
}
