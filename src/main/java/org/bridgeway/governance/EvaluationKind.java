package org.bridgeway.governance;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How an initiative was evaluated. */
public enum EvaluationKind {
  PEER("Peer evaluation"),
  ACADEMIC("Academic evaluation"),
  COLLABORATIVE("Collaborative evaluation");

  private final String label;

  EvaluationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<EvaluationKind> named(@Nullable String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
