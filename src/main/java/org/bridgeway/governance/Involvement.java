package org.bridgeway.governance;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** When people who use services were involved in an initiative; one may be involved at several times. */
public enum Involvement {
  FROM_START("From the start"),
  DURING("During"),
  IN_EVALUATION("In the evaluation");

  private final String label;

  Involvement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Involvement> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
