package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.governance.Meeting;
import org.bridgeway.governance.MeetingDetails;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the meeting form sends. */
record MeetingForm(@Nullable Integer version, @Nullable String heldOnDay, @Nullable String heldOnMonth,
    @Nullable String heldOnYear, @Nullable String place, @Nullable String chair, @Nullable String notes) {

  static MeetingForm on(LocalDate day) {
    return new MeetingForm(null, FormDates.day(day), FormDates.month(day), FormDates.year(day), null, null, null);
  }

  static MeetingForm of(Meeting m) {
    return new MeetingForm(m.version(), FormDates.day(m.heldOn()), FormDates.month(m.heldOn()),
        FormDates.year(m.heldOn()), m.place(), m.chair(), m.notes());
  }

  MeetingDetails details(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate heldOn = FormDates.date("heldOn", heldOnDay, heldOnMonth, heldOnYear, problems);
    MeetingDetails details = new MeetingDetails(heldOn, place, chair, notes);
    if (!problems.isEmpty()) {
      details.problems(today).stream().filter(p -> !p.field().equals("heldOn")).forEach(problems::add);
      throw new InvalidInput(problems);
    }
    return details;
  }
}
