package org.bridgeway.governance;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where an improvement initiative or pilot stands. */
public enum InitiativeStatus {
  PLANNED("Planned"),
  RUNNING("Running"),
  COMPLETED("Completed"),
  STOPPED("Stopped");

  private final String label;

  InitiativeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<InitiativeStatus> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
