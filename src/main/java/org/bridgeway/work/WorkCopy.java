package org.bridgeway.work;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's work, learning and volunteering in their copy of their record: statuses, then jobs. */
@Component
class WorkCopy implements CopyPart {

  private final PersonWork work;

  WorkCopy(PersonWork work) {
    this.work = work;
  }

  @Override
  public String fileName() {
    return "work.csv";
  }

  @Override
  public String about() {
    return "Your work, learning and volunteering: what you were doing from each date, and your jobs.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    WorkRecord record = work.mine(me);
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("Kind", "From", "To", "What", "Detail", "Hours a week", "Where or pay"));
    for (VocationalStatus s : record.statuses()) {
      rows.add(java.util.Arrays.asList("Status", s.date(), null, s.status().code() + " " + s.status().label(),
          s.detail(), s.hoursAWeek(), s.place()));
    }
    for (Job j : record.jobs()) {
      rows.add(java.util.Arrays.asList("Job", j.startDate(), j.endDate(), j.role() + " at " + j.employer(),
          j.endReason() == null ? null : j.endReason().label(), j.hoursAWeek(), j.payText()));
    }
    return rows;
  }
}
