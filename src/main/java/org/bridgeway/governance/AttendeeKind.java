package org.bridgeway.governance;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who came to a forum meeting: a person who uses services, or a member of staff. */
public enum AttendeeKind {
  PERSON("Person who uses services"),
  STAFF("Member of staff");

  private final String label;

  AttendeeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<AttendeeKind> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
