package org.bridgeway.governance.web;

import org.bridgeway.governance.NewMilestone;
import org.jspecify.annotations.Nullable;

/** What the form adding a milestone sends. */
record MilestoneForm(@Nullable String year, @Nullable String text, boolean done) {

  static MilestoneForm empty() {
    return new MilestoneForm(null, null, false);
  }

  NewMilestone milestone() {
    Integer number = null;
    try {
      number = year == null ? null : Integer.valueOf(year.trim());
    } catch (NumberFormatException e) {
      // not a year: the milestone's own check says so
    }
    return new NewMilestone(number, text, done);
  }
}
