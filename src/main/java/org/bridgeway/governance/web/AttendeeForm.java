package org.bridgeway.governance.web;

import org.jspecify.annotations.Nullable;

/** What the "who came" form sends: the kind, a first name or initials, a member of staff, or a record number. */
record AttendeeForm(@Nullable String kind, @Nullable String name, @Nullable String staffId,
    @Nullable String record) {

  static AttendeeForm empty() {
    return new AttendeeForm(null, null, null, null);
  }
}
