package org.bridgeway.dayservices;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's registrations and the sessions they were marked at, for the copy of their record. */
@Component
class ActivitiesCopy implements CopyPart {

  private final MyActivities mine;

  ActivitiesCopy(MyActivities mine) {
    this.mine = mine;
  }

  @Override
  public String fileName() {
    return "activities.csv";
  }

  @Override
  public String about() {
    return "The day services you are registered with, and the groups and drop-ins you were marked at.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("What", "Service", "Session", "From or on", "To", "Came", "Why it ended"));
    for (Registration r : mine.registrations(me)) {
      rows.add(java.util.Arrays.asList("Registration", r.serviceName(), null, r.startDate(), r.endDate(), null,
          r.endReason()));
    }
    for (Attended a : mine.attendance(me)) {
      rows.add(java.util.Arrays.asList("Session", a.serviceName(), a.title(), a.date(), null,
          a.present() ? "Yes" : "No", null));
    }
    return rows;
  }
}
