package org.bridgeway.community;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a connection is going. */
public enum Progress {
  GOING_WELL("Going well"),
  SOME_DIFFICULTIES("Some difficulties"),
  STOPPED("Stopped");

  private final String label;

  Progress(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Progress> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
